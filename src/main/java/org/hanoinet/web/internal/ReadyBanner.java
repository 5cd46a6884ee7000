package org.hanoinet.web.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.hanoinet.directory.Directory;
import org.hanoinet.node.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once the node is ready, where to open it and what it serves. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger("org.hanoinet");

	private final NodeProperties node;

	private final Directory directory;

	ReadyBanner(NodeProperties node, Directory directory) {
		this.node = node;
		this.directory = directory;
	}

	@EventListener
	void onReady(ApplicationReadyEvent ready) {
		String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		String url = "http://localhost:" + port + "/";
		String states = directory.servedStates()
			.stream()
			.map(served -> served.state().displayName(Locale.ENGLISH) + " (" + served.state() + ")")
			.collect(Collectors.joining(", "));
		log.info("""

				  {} is ready{}
				  Open:    {}
				  API:     {}api/v1/docs  (OpenAPI document: {}api/v1/openapi.json)
				  Health:  {}actuator/health
				  Serving: {}
				  Logins:  {}
				  Stop with Ctrl-C; data is kept in {}
				""", node.name(), node.demo() ? " (demo mode)" : "", url, url, url, url,
				states.isEmpty() ? "no State yet" : states,
				node.demo() ? "the demo logins printed above (user, password, TOTP secret, API token), also in "
						+ node.dataDir().resolve("demo-credentials.json").toAbsolutePath().normalize()
						: "none created automatically (set hanoinet.identity.bootstrap-admin for the first administrator)",
				node.dataDir().toAbsolutePath().normalize());
	}
}
