package org.hanoinet.cooperation;

/**
 * The conditions the requesting State attaches to its request (art. 40 and art. 36).
 *
 * @param confidential the fact and substance of the request must stay confidential, except as needed to execute
 *     it (art. 40; UNTOC 18(20)), and the requested State says so when it cannot comply. It asks for nothing
 *     more: no condition here, on the form or in the letter, asks that the person concerned not be notified
 * @param limitedUse the requested State's material may be used only for the proceedings named in the request
 * @param dataProtection the data-protection conditions of art. 36 the request carries, in words; may be empty
 */
public record Conditions(boolean confidential, boolean limitedUse, String dataProtection) {

	/** No conditions at all. */
	public static final Conditions NONE = new Conditions(false, false, null);

	public Conditions {
		dataProtection = dataProtection == null || dataProtection.isBlank() ? null : dataProtection.strip();
	}
}
