package org.hanoinet.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * One link of an item's chain of custody: who did what, when, on which node, to the item with which hash.
 * {@code hash} is SHA-256 over the event's fields and {@code previousHash}, so the chain of one item cannot be
 * changed without breaking every later link; each event is also a leaf of the node's audit log.
 *
 * @param item the item
 * @param sequence 1 for the first event of the item, then one more for each
 * @param action what happened
 * @param who the user id, or the node's name when the node acted (receipt, retention)
 * @param node key id of the node where it happened
 * @param at when it happened
 * @param itemSha256 SHA-256 of the whole item at that moment
 * @param details ids and hashes that say more (the peer node, the receipt hash), never personal data
 * @param previousHash the hash of the previous event, 64 zeros for the first
 * @param hash this event's hash
 */
public record CustodyEvent(EvidenceItemId item, long sequence, CustodyAction action, String who, String node, Instant at,
		String itemSha256, Map<String, String> details, String previousHash, String hash) {

	public CustodyEvent {
		details = Map.copyOf(details);
	}
}
