package org.hanoinet.cooperation;

/** The two sides of a cooperation case (Chapter V): each legal act belongs to exactly one of them. */
public enum Side {

	/** The State that asks for assistance, through its authority. */
	REQUESTING,

	/** The State asked to assist, through its central authority or point of contact. */
	REQUESTED
}
