package org.hanoinet.assistance;

/** What a State asks for in technical assistance and capacity-building (art. 54). */
public enum NeedKind {

	/** Training of officers, prosecutors or judges. */
	TRAINING,

	/** Equipment: hardware, software or laboratory material. */
	EQUIPMENT,

	/** An expert's advice on a question of investigation, prosecution or cooperation. */
	EXPERTISE,

	/** Help in drafting or amending legislation that implements the Convention. */
	LEGISLATIVE_DRAFTING,

	/** Capacity for digital forensics: methods, laboratories, certification. */
	FORENSIC_CAPACITY,

	/** Setting up a 24/7 point of contact (art. 41) and its procedures. */
	TWENTY_FOUR_SEVEN_SETUP
}
