package org.hanoinet.treaty;

/**
 * One of the nine chapters of the Convention.
 *
 * @param number 1 to 9
 * @param title the chapter's title in English
 * @param firstArticle number of its first article
 * @param lastArticle number of its last article
 */
public record Chapter(int number, String title, int firstArticle, int lastArticle) {

	/** The chapter number as the Convention writes it: I to IX. */
	public String roman() {
		return switch (number) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			case 5 -> "V";
			case 6 -> "VI";
			case 7 -> "VII";
			case 8 -> "VIII";
			case 9 -> "IX";
			default -> throw new IllegalStateException("The Convention has no chapter " + number);
		};
	}

	public boolean contains(int article) {
		return article >= firstArticle && article <= lastArticle;
	}
}
