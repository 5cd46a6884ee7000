package org.hanoinet.cooperation;

import static org.hanoinet.cooperation.Case.required;

import java.util.Map;

import org.hanoinet.shared.InvalidValue;

/**
 * The acts and rules of a joint investigation (art. 48): the requested State does not simply accept the proposal
 * but agrees on its terms, the duration, the participants and the State where the team works, whose sovereignty is
 * fully respected (art. 48). The type withholds the plain acceptances ({@link
 * CaseType#withheldActs()}); the proposal, its review and its refusal follow the common lifecycle of {@link Case}.
 */
final class JointInvestigations implements RequestFamily {

	private final Case request;

	JointInvestigations(Case request) {
		this.request = request;
	}

	/**
	 * Joint investigation: the requested State agrees on terms: the duration in days, the participants, and the
	 * State where the team works, whose sovereignty is fully respected (art. 48).
	 */
	void agreeJointInvestigation(Actor actor, Integer durationDays, String participants, String workState) {
		if (durationDays == null || durationDays < 1) {
			throw new InvalidValue("days", "The agreement states the duration of the joint investigation: at least one day.");
		}
		String where = required("workState", workState);
		request.perform(Act.AGREE_JOINT_INVESTIGATION, actor, Map.of("durationDays", durationDays.toString(), "participants",
				required("participants", participants), "workState", where, "sovereignty",
				"The team works in " + where + " under the law of that State, whose sovereignty is fully respected (art. 48)."));
	}
}
