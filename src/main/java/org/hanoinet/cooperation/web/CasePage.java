package org.hanoinet.cooperation.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: both sides, the request, the acts the viewer may perform now, the legal clocks and the hash-chained
 * timeline; and the acts posted from it.
 */
@Controller
class CasePage {

	private final CaseManagement cases;

	private final CaseActors actors;

	private final CaseViewModel view;

	private final PageActs acts;

	CasePage(CaseManagement cases, CaseActors actors, CaseViewModel view, PageActs acts) {
		this.cases = cases;
		this.actors = actors;
		this.view = view;
		this.acts = acts;
	}

	@GetMapping("/cases/{id}")
	String page(@PathVariable String id, Model model, Locale locale) {
		Actor viewer = actors.reader();
		Case request = cases.find(viewer.state(), caseId(id));
		return view.render(request, viewer, model, locale);
	}

	@PostMapping("/cases/{id}/acts/{act}")
	String act(@PathVariable String id, @PathVariable String act, @RequestParam MultiValueMap<String, String> posted,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = actors.acting();
		CaseId caseId = caseId(id);
		Act chosen = ActForms.parse(act);
		return acts.perform(actor, caseId, chosen, () -> {
			switch (chosen) {
				case SUBMIT_FOR_APPROVAL -> cases.submitForApproval(actor, caseId);
				case APPROVE -> cases.approve(actor, caseId);
				default -> cases.perform(actor, caseId, chosen, ActForms.input(posted));
			}
		}, model, locale, response, redirect);
	}

	/** The case a page's path names; anything but a case id is a case that does not exist (404). */
	static CaseId caseId(String id) {
		try {
			return new CaseId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new CaseNotFound(null);
		}
	}
}
