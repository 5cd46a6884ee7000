package org.hanoinet.cooperation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActBarred;
import org.hanoinet.cooperation.ActOfOtherSide;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.ApprovalRefused;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.cooperation.ConcurrentAct;
import org.hanoinet.cooperation.InvalidTransition;
import org.hanoinet.cooperation.RequestIncomplete;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An act asked for on a page: done, it shows the case again with a word that it was; refused by the case, the case
 * page explains why in the reader's language, with the status the refusal deserves.
 */
@Component
class PageActs {

	private final CaseManagement cases;

	private final CaseTexts texts;

	private final CaseViewModel view;

	PageActs(CaseManagement cases, CaseTexts texts, CaseViewModel view) {
		this.cases = cases;
		this.texts = texts;
		this.view = view;
	}

	/** Performs the act and shows the case again; a refusal by the case is explained on its page. */
	String perform(Actor actor, CaseId caseId, Act chosen, Runnable act, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			act.run();
			redirect.addFlashAttribute("done", chosen.name());
			return "redirect:/cases/" + caseId;
		}
		catch (ActBarred barred) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.barred." + barred.code(), locale));
		}
		catch (InvalidTransition refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.refusal.invalidTransition", locale, actName(chosen, locale),
					text("cooperation.status." + refused.from().name(), locale)));
		}
		catch (ActOfOtherSide refused) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("actError", text("cooperation.refusal.otherSide", locale, actName(chosen, locale)));
		}
		catch (ApprovalRefused refused) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("actError", text(actor.supervisor() ? "cooperation.refusal.ownDraft"
					: "cooperation.refusal.supervisorOnly", locale));
		}
		catch (RequestIncomplete incomplete) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Case request = cases.find(actor.state(), caseId);
			model.addAttribute("actError", text("cooperation.refusal.incomplete", locale));
			model.addAttribute("actErrorItems", texts.describe(incomplete.missing(), request, locale));
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("actError", text(switch (invalid.field()) {
				case "grounds" -> "cooperation.refusal.grounds";
				case "conditions" -> "cooperation.refusal.conditions";
				case "days" -> "cooperation.refusal.days";
				case "thirdState", "state" -> "cooperation.refusal.thirdState";
				case "value", "expenses", "shared", "amount" -> "cooperation.refusal.amount";
				case "follows" -> "cooperation.error.follows";
				default -> "cooperation.refusal.text";
			}, locale));
		}
		catch (CaseNotFound unknownEarlierCase) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("actError", text("cooperation.error.follows", locale));
		}
		catch (ConcurrentAct changed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actError", text("cooperation.refusal.concurrent", locale));
		}
		model.addAttribute("failedAct", chosen.name());
		return view.render(cases.find(actor.state(), caseId), actor, model, locale);
	}

	private String actName(Act act, Locale locale) {
		return text("cooperation.act." + act.name() + ".do", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return texts.text(key, locale, arguments);
	}
}
