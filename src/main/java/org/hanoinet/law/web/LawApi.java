package org.hanoinet.law.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.law.web.RuleViews.RuleView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules table for programs: public, like the Convention itself. */
@RestController
@RequestMapping("/api/v1/law")
@Tag(name = "Legal rules", description = "Every legal rule the node enforces, with its article, confidence and source (public)")
class LawApi {

	private final RuleViews views;

	LawApi(RuleViews views) {
		this.views = views;
	}

	@GetMapping("/rules")
	@Operation(summary = "The rules table, filterable by kind and article; titles in the language of Accept-Language or lang",
			description = "kind: CONTENTS, GROUND, BAR, CLOCK, ADMISSIBILITY, REGISTRY. confidence: VERIFIED (the Convention's text "
					+ "read), MODEL (follows a model treaty, cited in source), SETTING (a State's or the network's choice, named in "
					+ "setting), UNVERIFIED (rests on the project's notes only). paragraph is approximate unless paragraphVerified; "
					+ "citation is how the node cites the rule.")
	List<RuleView> rules(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer article,
			Locale locale) {
		return views.rules(kind, article, locale);
	}
}
