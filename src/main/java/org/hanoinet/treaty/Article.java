package org.hanoinet.treaty;

/**
 * An article of the Convention, cited as the legal basis of a request, a declaration or a reservation.
 *
 * @param number 1 to 68
 * @param title its title in English
 * @param chapter the chapter it belongs to
 * @param titleVerified whether the title was checked against a text of the Convention (arts. 1–15, 22, 64,
 *        65), rather than recalled from the pattern of the UN crime conventions
 */
public record Article(int number, String title, Chapter chapter, boolean titleVerified) {

	/** How a citation reads, e.g. "Art. 65 – Entry into force". */
	public String citation() {
		return "Art. " + number + " – " + title;
	}
}
