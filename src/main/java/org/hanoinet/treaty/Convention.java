package org.hanoinet.treaty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hanoinet.shared.InvalidValue;

/**
 * The structure of the United Nations Convention against Cybercrime (GA res. 79/243): nine chapters and
 * 68 articles. Press reports speak of 71 articles; the depositary cites signature under art. 64 and entry
 * into force under art. 65(1), which only fits the 68 of the adopted text.
 */
public final class Convention {

	/** Total number of articles in the adopted text. */
	public static final int ARTICLE_COUNT = 68;

	private static final List<Chapter> CHAPTERS = List.of(
			new Chapter(1, "General provisions", 1, 6),
			new Chapter(2, "Criminalization", 7, 21),
			new Chapter(3, "Jurisdiction", 22, 22),
			new Chapter(4, "Procedural measures and law enforcement", 23, 34),
			new Chapter(5, "International cooperation", 35, 52),
			new Chapter(6, "Preventive measures", 53, 53),
			new Chapter(7, "Technical assistance and information exchange", 54, 56),
			new Chapter(8, "Mechanism of implementation", 57, 58),
			new Chapter(9, "Final provisions", 59, 68));

	private static final List<String> TITLES = List.of(
			"Statement of purpose",
			"Use of terms",
			"Scope of application",
			"Offences established in accordance with other United Nations conventions and protocols",
			"Protection of sovereignty",
			"Respect for human rights",
			"Illegal access",
			"Illegal interception",
			"Interference with electronic data",
			"Interference with an information and communications technology system",
			"Misuse of devices",
			"Information and communications technology system-related forgery",
			"Information and communications technology system-related theft or fraud",
			"Offences related to online child sexual abuse or child sexual exploitation material",
			"Solicitation or grooming for the purpose of committing a sexual offence against a child",
			"Non-consensual dissemination of intimate images",
			"Laundering of proceeds of crime",
			"Liability of legal persons",
			"Participation and attempt",
			"Statute of limitations",
			"Prosecution, adjudication and sanctions",
			"Jurisdiction",
			"Scope of procedural measures",
			"Conditions and safeguards",
			"Expedited preservation of stored electronic data",
			"Expedited preservation and partial disclosure of traffic data",
			"Production order",
			"Search and seizure of stored electronic data",
			"Real-time collection of traffic data",
			"Interception of content data",
			"Freezing, seizure and confiscation of the proceeds of crime",
			"Establishment of criminal record",
			"Protection of witnesses",
			"Assistance to and protection of victims",
			"General principles of international cooperation",
			"Protection of personal data",
			"Extradition",
			"Transfer of sentenced persons",
			"Transfer of criminal proceedings",
			"General principles and procedures relating to mutual legal assistance",
			"24/7 network",
			"International cooperation for the purpose of expedited preservation of stored electronic data",
			"International cooperation for the purpose of expedited disclosure of preserved traffic data",
			"Mutual legal assistance in accessing stored electronic data",
			"Mutual legal assistance in the real-time collection of traffic data",
			"Mutual legal assistance in the interception of content data",
			"Law enforcement cooperation",
			"Joint investigations",
			"Mechanisms for the recovery of property through international cooperation in confiscation",
			"International cooperation for purposes of confiscation",
			"Special cooperation",
			"Return and disposal of confiscated proceeds of crime or property",
			"Preventive measures",
			"Technical assistance and capacity-building",
			"Exchange of information",
			"Implementation of the Convention through economic development and technical assistance",
			"Conference of the States Parties to the Convention",
			"Secretariat",
			"Implementation of the Convention",
			"Effects of the Convention",
			"Relation with protocols",
			"Adoption of supplementary protocols",
			"Settlement of disputes",
			"Signature, ratification, acceptance, approval and accession",
			"Entry into force",
			"Amendment",
			"Denunciation",
			"Depositary and languages");

	/** Articles whose title was checked in a text of the Convention or on the depositary's page. */
	private static final Set<Integer> VERIFIED_TITLES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 22, 64, 65);

	private static final List<Article> ARTICLES = articles(TITLES);

	private Convention() {
	}

	/** The nine chapters in order. */
	public static List<Chapter> chapters() {
		return CHAPTERS;
	}

	/** The 68 articles in order. */
	public static List<Article> articles() {
		return ARTICLES;
	}

	/** The article with this number; an {@link InvalidValue} when the Convention has none. */
	public static Article article(int number) {
		return find(number).orElseThrow(() -> new InvalidValue("article",
				"The Convention has no article " + number + ": its articles are numbered 1 to " + ARTICLE_COUNT + "."));
	}

	public static Optional<Article> find(int number) {
		return number >= 1 && number <= ARTICLE_COUNT ? Optional.of(ARTICLES.get(number - 1)) : Optional.empty();
	}

	private static List<Article> articles(List<String> titles) {
		if (titles.size() != ARTICLE_COUNT) {
			throw new IllegalStateException("Expected " + ARTICLE_COUNT + " article titles, got " + titles.size());
		}
		List<Article> articles = new ArrayList<>();
		for (int number = 1; number <= titles.size(); number++) {
			int article = number;
			Chapter chapter = CHAPTERS.stream().filter(candidate -> candidate.contains(article)).findFirst().orElseThrow();
			articles.add(new Article(number, titles.get(number - 1), chapter, VERIFIED_TITLES.contains(number)));
		}
		return List.copyOf(articles);
	}
}
