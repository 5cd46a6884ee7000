package org.hanoinet.cooperation;

/**
 * One element of the contents a request must carry, as the articles of Chapter V list them. A {@link CaseType}
 * says which elements its form has, which are required and where the Convention asks for them.
 */
public enum FormElement {

	/** The offence under investigation with a brief summary of the facts (art. 42). */
	OFFENCE_AND_FACTS(Kind.TEXT, "the offence and a brief summary of the facts"),

	/** The subject matter and nature of the investigation, and the name and functions of the authority conducting it (art. 40 (b)). */
	SUBJECT_OF_PROCEEDINGS(Kind.TEXT, "the subject and nature of the investigation and the authority conducting it"),

	/** A summary of the relevant facts (art. 40 (c); arts. 45 and 46). */
	SUMMARY_OF_FACTS(Kind.TEXT, "a summary of the relevant facts"),

	/** The types of assistance sought, from the list of art. 40. */
	ASSISTANCE_TYPES(Kind.ASSISTANCE_TYPES, "the types of assistance sought"),

	/** A description of the assistance sought and any procedure the requesting State wants followed (art. 40 (d)). */
	ASSISTANCE_SOUGHT(Kind.TEXT, "a description of the assistance sought"),

	/** Where possible, the identity, location and nationality of any person, item or account concerned (art. 40 (e)). */
	PERSONS_CONCERNED(Kind.TEXT, "the persons, items or accounts concerned"),

	/** Where applicable, the period for which evidence or information is sought (art. 40 (f)). */
	TIME_PERIOD(Kind.TEXT, "the period for which evidence is sought"),

	/** The purpose for which the evidence, information or action is sought (art. 40 (g)). */
	PURPOSE(Kind.TEXT, "the purpose for which the evidence or action is sought"),

	/** The electronic data concerned and how they relate to the offence (arts. 42, 45, 46). */
	DATA_AND_RELATION(Kind.TEXT, "the data concerned and how they relate to the offence"),

	/** Information identifying the custodian of the data or the location of the system (art. 42). */
	CUSTODIAN_OR_LOCATION(Kind.TEXT, "the custodian of the data or the location of the system"),

	/** Any available data identifying the owner or user of the data or the location of the system (arts. 45, 46). */
	OWNER_OR_LOCATION(Kind.TEXT, "the owner or user of the data or the location of the system"),

	/** Why the measure is necessary (arts. 42, 45, 46). */
	NECESSITY(Kind.TEXT, "why the measure is necessary"),

	/** The statement that the requesting State intends to submit a request for search, seizure or disclosure (art. 42). */
	INTENT_TO_REQUEST_ASSISTANCE(Kind.AFFIRMATION, "the statement that a request for search, seizure or disclosure will follow"),

	/** The period of collection, in days (arts. 45, 46). */
	COLLECTION_PERIOD_DAYS(Kind.DAYS, "the period of collection in days"),

	/** Why the collection must last that long (arts. 45, 46). */
	PERIOD_JUSTIFICATION(Kind.TEXT, "why the collection must last that long"),

	/** The specific communication whose path and providers are sought (art. 43). */
	COMMUNICATION(Kind.TEXT, "the communication whose path is sought"),

	/** The significant and imminent risk to the life or safety of a person that the data would avert (arts. 2, 41). */
	EMERGENCY_RISK(Kind.TEXT, "the imminent risk to life or safety");

	private final Kind kind;

	private final String label;

	FormElement(Kind kind, String label) {
		this.kind = kind;
		this.label = label;
	}

	/** The element in English words, as refusals and the completeness checker name it. */
	public String label() {
		return label;
	}

	/** What kind of answer the element takes. */
	public Kind kind() {
		return kind;
	}

	/** The kinds of answer an element takes. */
	public enum Kind {
		/** Free text. */
		TEXT,
		/** A whole number of days, at least 1. */
		DAYS,
		/** One or more {@link AssistanceType} codes, separated by commas. */
		ASSISTANCE_TYPES,
		/** A statement the requesting State must make: "yes". */
		AFFIRMATION
	}

	/**
	 * An element in the form of one case type.
	 *
	 * @param element the element
	 * @param required whether a request without it is incomplete
	 * @param reference where the Convention asks for it, e.g. "art. 42, item 2"
	 */
	public record Requirement(FormElement element, boolean required, String reference) {
	}
}
