package org.hanoinet.law.web;

import java.util.Arrays;
import java.util.Locale;

import org.hanoinet.law.RuleKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of the rules table: every rule the node enforces, its article, its confidence and its source. */
@Controller
class LawPage {

	private final RuleViews views;

	LawPage(RuleViews views) {
		this.views = views;
	}

	@GetMapping("/law")
	String page(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer article, Locale locale,
			Model model) {
		model.addAttribute("rules", views.rules(kind, article, locale));
		model.addAttribute("kinds", Arrays.stream(RuleKind.values()).map(Enum::name).toList());
		model.addAttribute("kind", kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
		model.addAttribute("article", article);
		return "law/rules";
	}
}
