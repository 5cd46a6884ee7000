package org.hanoinet.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.hanoinet.directory.Directory;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NavigationLink;
import org.hanoinet.node.NodeProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the navigation the reader's roles may use, the current path, the node's name,
 * mode and States, and who is signed in.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationLink> navigation;

	private final NodeProperties node;

	private final CurrentCaller caller;

	private final Directory directory;

	LayoutModel(List<NavigationLink> navigation, NodeProperties node, CurrentCaller caller, Directory directory) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.node = node;
		this.caller = caller;
		this.directory = directory;
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation() {
		Optional<Caller> reader = caller.find();
		Set<String> roles = reader.map(LayoutModel::roleNames).orElse(Set.of());
		return navigation.stream().filter(link -> link.visibleTo(reader.isPresent(), roles)).toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/**
	 * The language switch's links: the same page with the same query, in English and in Vietnamese, so that switching
	 * keeps what the reader was looking at (and, with {@code forms.js}, what they typed).
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		String query = request.getQueryString();
		Map<String, String> links = new LinkedHashMap<>();
		for (String language : List.of("en", "vi")) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
			if (query != null) {
				link.query(query);
			}
			links.put(language, link.replaceQueryParam("lang", language).build().toUriString());
		}
		return links;
	}

	@ModelAttribute("nodeName")
	String nodeName() {
		return node.name();
	}

	@ModelAttribute("nodeStates")
	String nodeStates(Locale locale) {
		return String.join(", ", directory.servedStates().stream().map(served -> served.state().displayName(locale)).sorted().toList());
	}

	@ModelAttribute("demo")
	boolean demo() {
		return node.demo();
	}

	/** Who is signed in, as the header shows it; null for a visitor. */
	@ModelAttribute("signedIn")
	SignedInView signedIn(Locale locale) {
		return caller.find()
			.map(reader -> new SignedInView(reader.name(), reader.state().value(),
					reader.roles().stream().map(Role::name).sorted().toList()))
			.orElse(null);
	}

	/** Which roles may open the page at {@code path}, as the navigation declares them; empty when it does not say. */
	static Set<String> rolesFor(List<NavigationLink> navigation, String path) {
		return navigation.stream()
			.filter(link -> link.covers(path))
			.max(Comparator.comparingInt(link -> link.path().length()))
			.map(NavigationLink::roles)
			.filter(roles -> !roles.equals(NavigationLink.SIGNED_IN))
			.orElse(Set.of());
	}

	List<NavigationLink> allLinks() {
		return navigation;
	}

	private static Set<String> roleNames(Caller reader) {
		return reader.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet());
	}

	/** The signed-in reader: name, State and role names (message keys {@code identity.role.<name>}). */
	record SignedInView(String name, String state, List<String> roles) {
	}
}
