package org.hanoinet.web.internal;

import java.util.Locale;

import org.hanoinet.directory.Directory;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: which node this is and which States it serves. */
@Controller
class HomeController {

	private final Directory directory;

	private final HealthEndpoint health;

	HomeController(Directory directory, HealthEndpoint health) {
		this.directory = directory;
		this.health = health;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("states", ServedStateView.of(directory.servedStates(), locale));
		return "home";
	}

	/** The status panel, refreshed in place by htmx. */
	@GetMapping("/status")
	String status(Model model) {
		model.addAttribute("up", "UP".equals(health.health().getStatus().getCode()));
		model.addAttribute("stateCount", directory.servedStates().size());
		return "fragments/status :: status";
	}
}
