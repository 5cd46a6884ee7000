package org.hanoinet.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public facts about this node: its name and the States whose authorities it serves. */
@RestController
@RequestMapping("/api/v1/node")
@Tag(name = "Node", description = "What this node is and which States it serves")
class NodeApi {

	private final NodeProperties node;

	private final Directory directory;

	NodeApi(NodeProperties node, Directory directory) {
		this.node = node;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "This node's name, mode and the States it serves")
	NodeSummary summary() {
		return new NodeSummary(node.name(), node.demo(), directory.servedStates().stream().map(StateSummary::of).toList());
	}

	@GetMapping("/states/{code}")
	@Operation(summary = "One State served by this node, with its central authority and 24/7 point of contact")
	StateSummary state(@PathVariable String code) {
		CountryCode state = CountryCode.of(code);
		return directory.servedStates()
			.stream()
			.filter(served -> served.state().equals(state))
			.findFirst()
			.map(StateSummary::of)
			.orElseThrow(() -> notServed(state));
	}

	private static ErrorResponseException notServed(CountryCode state) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"This node does not serve " + state.displayName(Locale.ENGLISH) + " (" + state + ").");
		problem.setType(URI.create("urn:hanoinet:problem:state-not-served"));
		problem.setTitle("State not served by this node");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/** The node as its API describes it. */
	record NodeSummary(String name, boolean demo, List<StateSummary> states) {
	}

	/** A served State with its designated authorities (contact channels are not public). */
	record StateSummary(String code, String name, List<AuthoritySummary> authorities) {

		static StateSummary of(Directory.ServedState served) {
			return new StateSummary(served.state().value(), served.state().displayName(Locale.ENGLISH),
					served.authorities().stream().map(AuthoritySummary::of).toList());
		}
	}

	/** An authority by id, kind and name. */
	record AuthoritySummary(String id, String kind, String name) {

		static AuthoritySummary of(Authority authority) {
			return new AuthoritySummary(authority.id().toString(), authority.kind().name(), authority.name());
		}
	}
}
