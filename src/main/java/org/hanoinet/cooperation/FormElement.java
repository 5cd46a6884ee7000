package org.hanoinet.cooperation;

import java.util.Arrays;
import java.util.List;

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
	EMERGENCY_RISK(Kind.TEXT, "the imminent risk to life or safety"),

	// Part 2 (#10): extradition, transfers, police information, joint investigations and asset recovery.

	/** The identity of the person sought or transferred: names, date of birth, identity documents (arts. 37 to 39). */
	PERSON_SOUGHT(Kind.TEXT, "the identity of the person sought"),

	/** The nationality or nationalities of the person sought (art. 37). */
	PERSON_NATIONALITY(Kind.TEXT, "the nationality of the person sought"),

	/** Where the person sought is believed to be in the requested State (art. 37). */
	PERSON_LOCATION(Kind.TEXT, "where the person sought is in the requested State"),

	/** The offences, with the facts and the provisions of law that establish them (art. 37). */
	OFFENCES(Kind.TEXT, "the offences, with the facts and the provisions of law"),

	/** The maximum penalty for the offences in the requesting State, in months of deprivation of liberty (art. 37). */
	MAX_PENALTY_REQUESTING_MONTHS(Kind.MONTHS, "the maximum penalty in the requesting State, in months of deprivation of liberty"),

	/** The maximum penalty for the same conduct in the requested State, in months of deprivation of liberty (art. 37). */
	MAX_PENALTY_REQUESTED_MONTHS(Kind.MONTHS, "the maximum penalty in the requested State, in months of deprivation of liberty"),

	/** The arrest warrant or the enforceable judgment the request rests on (art. 37). */
	WARRANT_OR_JUDGMENT(Kind.TEXT, "the arrest warrant or enforceable judgment"),

	/** Why provisional arrest is urgent (art. 37). */
	URGENCY_REASONS(Kind.TEXT, "why provisional arrest is urgent"),

	/** The statement that a request for extradition will follow the provisional arrest (art. 37). */
	INTENT_TO_REQUEST_EXTRADITION(Kind.AFFIRMATION, "the statement that a request for extradition will follow"),

	/** The judgment, the sentence and the part of it still to be served (art. 38). */
	SENTENCE(Kind.TEXT, "the judgment, the sentence and the part still to be served"),

	/** The sentenced person's consent to the transfer (art. 38). */
	PERSON_CONSENT(Kind.AFFIRMATION, "the sentenced person's consent to the transfer"),

	/** The agreement or other instrument that governs the transfer (arts. 38 and 39). */
	GOVERNING_INSTRUMENT(Kind.TEXT, "the agreement or instrument that governs the transfer"),

	/** The proceedings to be transferred and the file that will be handed over (art. 39). */
	PROCEEDINGS_FILE(Kind.TEXT, "the proceedings to be transferred and the file to be handed over"),

	/** Why the transfer serves the proper administration of justice (art. 39). */
	TRANSFER_REASONS(Kind.TEXT, "why the transfer serves the proper administration of justice"),

	/** The kinds of police inquiry asked for (art. 47). */
	INQUIRY_KINDS(Kind.CHOICES, "the kinds of inquiry", "SUSPECT_IDENTITY", "SUSPECT_WHEREABOUTS", "SUSPECT_ACTIVITIES",
			"PROCEEDS_MOVEMENT", "PROPERTY_MOVEMENT", "INSTRUMENTALITIES_MOVEMENT", "MEANS_AND_METHODS", "ITEMS_FOR_ANALYSIS"),

	/** The persons, proceeds, property, instrumentalities or methods the inquiry concerns (art. 47). */
	INQUIRY_SUBJECT(Kind.TEXT, "the persons, proceeds, property or methods the inquiry concerns"),

	/** The information sent without a prior request (arts. 40 and 51). */
	INFORMATION_SHARED(Kind.TEXT, "the information shared"),

	/** The limits on the use of the information, which bind the receiver (art. 40). */
	USE_LIMITS(Kind.TEXT, "the limits on the use of the information"),

	/** The purpose of the joint investigation (art. 48). */
	JIT_PURPOSE(Kind.TEXT, "the purpose of the joint investigation"),

	/** The participants each State proposes (art. 48). */
	JIT_PARTICIPANTS(Kind.TEXT, "the participants proposed by each State"),

	/** The proposed duration of the joint investigation, in days (art. 48). */
	JIT_DURATION_DAYS(Kind.DAYS, "the proposed duration in days"),

	/** The State or States where the team will work, whose sovereignty is respected (art. 48). */
	JIT_WORK_LOCATION(Kind.TEXT, "the State or States where the team will work"),

	/** Whether the requested State is to obtain its own order (art. 50(1)(a)) or give effect to the requesting State's (art. 50(1)(b)). */
	CONFISCATION_ROUTE(Kind.CHOICE, "whether an order is to be obtained or an existing order given effect", "DOMESTIC_ORDER",
			"FOREIGN_ORDER"),

	/** A description of the property, with its location (art. 50). */
	PROPERTY(Kind.TEXT, "a description of the property with its location"),

	/** The estimated value of the property, e.g. "250000 USD" or "1.5 BTC" (art. 50). */
	ESTIMATED_VALUE(Kind.AMOUNT, "the estimated value of the property"),

	/** Virtual assets concerned: their kind, wallet addresses, the service provider holding them (art. 50). */
	VIRTUAL_ASSETS(Kind.TEXT, "the virtual assets concerned"),

	/** A legally admissible copy of the order the request is based on (art. 50). */
	ORDER_COPY(Kind.TEXT, "a legally admissible copy of the order"),

	/** The statement that the confiscation order is final (art. 50(1)(b)). */
	ORDER_FINAL(Kind.AFFIRMATION, "the statement that the confiscation order is final"),

	/** The steps taken to notify bona fide third parties and ensure due process (art. 50(1)(b)). */
	THIRD_PARTY_NOTICE(Kind.TEXT, "the steps taken to notify bona fide third parties"),

	/** How far execution of the order is requested (art. 50(1)(b)). */
	EXECUTION_EXTENT(Kind.TEXT, "how far execution of the order is requested"),

	/** The provisional measures requested (art. 50(2)). */
	MEASURES_REQUESTED(Kind.CHOICES, "the measures requested", "IDENTIFY", "TRACE", "FREEZE", "SEIZE"),

	/** The confiscation order or case the return concerns (art. 52). */
	CONFISCATION_REFERENCE(Kind.TEXT, "the confiscation order the return concerns"),

	/** Why the return is sought: compensating victims, returning the property to its legitimate owners (art. 52). */
	RETURN_PURPOSE(Kind.TEXT, "the purpose of the return"),

	/** Any sharing arrangement the requesting State proposes (art. 52). */
	SHARING_PROPOSAL(Kind.TEXT, "the proposed sharing arrangement"),

	/**
	 * The sender's statement that the information contains personal data, which then goes to a third State only with
	 * the sender's prior authorization for it, whatever the use limits (art. 36).
	 */
	PERSONAL_DATA(Kind.AFFIRMATION, "the statement that the information contains personal data");

	private final Kind kind;

	private final String label;

	private final java.util.List<String> options;

	FormElement(Kind kind, String label, String... options) {
		this.kind = kind;
		this.label = label;
		this.options = java.util.List.of(options);
	}

	/** The codes an answer of kind {@link Kind#CHOICE} or {@link Kind#CHOICES} is chosen from; empty for other kinds. */
	public java.util.List<String> options() {
		return options;
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
		AFFIRMATION,
		/** A whole number of months, at least 1. */
		MONTHS,
		/** An amount and its currency or virtual-asset code, e.g. "250000 USD" or "1.5 BTC". */
		AMOUNT,
		/** One of the element's {@link FormElement#options()}. */
		CHOICE,
		/** One or more of the element's {@link FormElement#options()}, separated by commas. */
		CHOICES
	}

	/**
	 * An element in the form of one case type.
	 *
	 * @param element the element
	 * @param required whether a request without it is incomplete
	 * @param reference where the Convention asks for it, e.g. "art. 42", as its row of the rules table cites it
	 * @param when the answer of another element that makes this one apply, e.g. "CONFISCATION_ROUTE=FOREIGN_ORDER"; null
	 *     when it always applies
	 */
	public record Requirement(FormElement element, boolean required, String reference, String when) {

		public Requirement(FormElement element, boolean required, String reference) {
			this(element, required, reference, null);
		}

		/**
		 * Whether the element applies to {@code contents}: always, or when the element named by {@link #when} has one of
		 * the answers after "=" (alternatives separated by "|"), or, for several choices, includes one of them.
		 */
		public boolean appliesTo(RequestContents contents) {
			if (when == null) {
				return true;
			}
			int equals = when.indexOf('=');
			String answer = contents.answer(FormElement.valueOf(when.substring(0, equals)));
			if (answer == null) {
				return false;
			}
			List<String> given = Arrays.stream(answer.split(",")).map(String::strip).toList();
			return Arrays.stream(when.substring(equals + 1).split("\\|")).anyMatch(given::contains);
		}
	}
}
