package org.hanoinet.evidence;

/** What happened to an evidence item in one link of its chain of custody. */
public enum CustodyAction {

	/** A user of this node added the item by uploading it. */
	ADDED,

	/** A user looked at the item's details. */
	VIEWED,

	/** A user downloaded the item's bytes. */
	DOWNLOADED,

	/** This node offered the item to the counterpart node in a signed package. */
	OFFERED,

	/** The counterpart node fetched the item and confirmed by a signed receipt which hashes it holds. */
	TRANSFERRED,

	/** This node received the item from another node, verified chunk by chunk and as a whole. */
	RECEIVED,

	/** The custody chain was exported as CASE/UCO. */
	EXPORTED,

	/** The bytes and the data key were destroyed, by a user or when the retention period ended. */
	DELETED
}
