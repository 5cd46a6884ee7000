package org.hanoinet.cooperation.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseViewContribution;
import org.hanoinet.cooperation.CaseViewContribution.Deadline;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Every {@link CaseViewContribution} of the node, asked in their order: what the modules that follow cases add to the
 * case page, the case JSON and the lines of the inbox and outbox.
 */
@Component
class CaseContributions {

	private final List<CaseViewContribution> contributions;

	CaseContributions(List<CaseViewContribution> contributions) {
		this.contributions = List.copyOf(contributions);
	}

	/** Adds what every contribution shows on the page of {@code request}. */
	void addTo(Model model, Case request, Actor viewer, Locale locale) {
		contributions.forEach(contribution -> model.addAllAttributes(contribution.pageModel(request, viewer, locale)));
	}

	/** The fields every contribution adds to the JSON of {@code request}, in the contributions' order. */
	Map<String, Object> json(Case request, Actor viewer) {
		Map<String, Object> fields = new LinkedHashMap<>();
		contributions.forEach(contribution -> fields.putAll(contribution.json(request, viewer)));
		return fields;
	}

	/** For each case that has one, the earliest of the deadlines the contributions name. */
	Map<CaseId, Deadline> nextDeadlines(Collection<CaseId> cases) {
		Map<CaseId, Deadline> nearest = new HashMap<>();
		contributions.forEach(contribution -> contribution.nextDeadlines(cases)
			.forEach((id, deadline) -> nearest.merge(id, deadline,
					(known, other) -> other.dueAt().isBefore(known.dueAt()) ? other : known)));
		return nearest;
	}
}
