package org.hanoinet.law;

/** How far a rule of the table rests on a text that was read. */
public enum Confidence {

	/** The Convention's own text was read and says so. */
	VERIFIED,

	/** The Convention's text was not read; the rule follows the wording of a model treaty (UNTOC, UNCAC, Budapest), cited. */
	MODEL,

	/** A choice each State or the network makes; the node applies the value it is given. */
	SETTING,

	/** Neither read nor found in a model: it rests on the project's notes, so check it before relying on it. */
	UNVERIFIED
}
