package org.hanoinet.evidence;

/** Whether the bytes of an evidence item are still held. */
public enum EvidenceStatus {

	/** The bytes are stored, encrypted under the item's data key. */
	STORED,

	/** The bytes and the wrapped data key were destroyed (crypto-shredding, art. 36); only hashes remain. */
	DELETED
}
