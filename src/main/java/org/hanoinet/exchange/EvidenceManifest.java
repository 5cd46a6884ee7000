package org.hanoinet.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hanoinet.shared.InvalidValue;

/**
 * What a package of evidence items offered to the counterpart node holds: for each item its size, its SHA-256
 * and the SHA-256 of each of its chunks, so that the receiving node can verify every chunk before storing it
 * and the whole item at the end. It travels as RFC 8785 canonical JSON inside a JWS signed by the sending
 * node's key (see {@link EvidenceSignatures}); the receiver's signed receipt names the same hashes.
 * (Convention arts. 40 and 42-46: electronic evidence obtained through cooperation.)
 *
 * @param packageId unique per package
 * @param caseId the cooperation case the items belong to
 * @param sender the id of the node offering the items
 * @param recipient the id of the node that may fetch them
 * @param createdAt when the package was offered
 * @param expiresAt after this instant the items can no longer be fetched with this package's links
 * @param items the items, in the order they are fetched
 */
public record EvidenceManifest(UUID packageId, UUID caseId, String sender, String recipient, Instant createdAt,
		Instant expiresAt, List<Item> items) {

	/** The version of the manifest's JSON shape. */
	public static final int VERSION = 1;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public EvidenceManifest {
		if (packageId == null || caseId == null) {
			throw new InvalidValue("packageId", "A manifest needs a package id and a case id.");
		}
		if (sender == null || sender.isBlank() || recipient == null || recipient.isBlank()) {
			throw new InvalidValue("from", "A manifest needs a sending and a receiving node.");
		}
		if (createdAt == null || expiresAt == null || !expiresAt.isAfter(createdAt)) {
			throw new InvalidValue("expiresAt", "A manifest needs a creation time and a later expiry.");
		}
		if (items == null || items.isEmpty()) {
			throw new InvalidValue("items", "A package holds at least one item.");
		}
		items = List.copyOf(items);
		if (items.stream().map(Item::id).distinct().count() != items.size()) {
			throw new InvalidValue("items", "A package holds each item once.");
		}
	}

	/** The item with this id, if the package holds it. */
	public java.util.Optional<Item> item(UUID id) {
		return items.stream().filter(item -> item.id().equals(id)).findFirst();
	}

	/** The total number of bytes of the package. */
	public long size() {
		return items.stream().mapToLong(Item::size).sum();
	}

	/**
	 * One evidence item of a package.
	 *
	 * @param id the item's id on the sending node
	 * @param fileName the file name the item was uploaded with
	 * @param mediaType its media type
	 * @param size its length in bytes
	 * @param sha256 the SHA-256 of the whole item, lower-case hex
	 * @param chunkSize the length of every chunk but the last, in bytes
	 * @param chunkSha256 the SHA-256 of each chunk, in order, lower-case hex
	 */
	public record Item(UUID id, String fileName, String mediaType, long size, String sha256, int chunkSize,
			List<String> chunkSha256) {

		public Item {
			if (id == null) {
				throw new InvalidValue("items.id", "Each item of a manifest needs its id.");
			}
			if (fileName == null || fileName.isBlank() || mediaType == null || mediaType.isBlank()) {
				throw new InvalidValue("items.fileName", "Item " + id + " needs a file name and a media type.");
			}
			if (size < 0 || chunkSize <= 0) {
				throw new InvalidValue("items.size", "Item " + id + " needs a size of zero or more and a positive chunk size.");
			}
			if (sha256 == null || !SHA256.matcher(sha256).matches()) {
				throw new InvalidValue("items.sha256", "Item " + id + " needs its SHA-256 as 64 lower-case hex digits.");
			}
			chunkSha256 = List.copyOf(chunkSha256 == null ? List.of() : chunkSha256);
			if (chunkSha256.size() != chunkCount(size, chunkSize)) {
				throw new InvalidValue("items.chunkSha256", "Item " + id + " of " + size + " bytes in chunks of " + chunkSize
						+ " bytes has " + chunkCount(size, chunkSize) + " chunks, not " + chunkSha256.size() + ".");
			}
			if (chunkSha256.stream().anyMatch(hash -> hash == null || !SHA256.matcher(hash).matches())) {
				throw new InvalidValue("items.chunkSha256", "Each chunk hash of item " + id + " is 64 lower-case hex digits.");
			}
		}

		/** How many chunks the item has. */
		public int chunks() {
			return chunkSha256.size();
		}

		/** The length of chunk {@code index}: the chunk size, or less for the last one. */
		public int chunkLength(int index) {
			return (int) Math.min(chunkSize, size - (long) index * chunkSize);
		}

		static int chunkCount(long size, int chunkSize) {
			return (int) ((size + chunkSize - 1) / chunkSize);
		}
	}

	/** The fields as the JSON object that is canonicalized and signed. */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("v", VERSION);
		json.put("packageId", packageId.toString());
		json.put("caseId", caseId.toString());
		json.put("from", sender);
		json.put("to", recipient);
		json.put("createdAt", createdAt.toString());
		json.put("expiresAt", expiresAt.toString());
		List<Map<String, Object>> list = new ArrayList<>();
		for (Item item : items) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", item.id().toString());
			entry.put("fileName", item.fileName());
			entry.put("mediaType", item.mediaType());
			entry.put("size", item.size());
			entry.put("sha256", item.sha256());
			entry.put("chunkSize", item.chunkSize());
			entry.put("chunkSha256", item.chunkSha256());
			list.add(entry);
		}
		json.put("items", list);
		return json;
	}

	@SuppressWarnings("unchecked")
	static EvidenceManifest fromJson(Map<String, Object> json) {
		List<Item> items = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) json.get("items")) {
			items.add(new Item(UUID.fromString((String) entry.get("id")), (String) entry.get("fileName"),
					(String) entry.get("mediaType"), ((Number) entry.get("size")).longValue(), (String) entry.get("sha256"),
					((Number) entry.get("chunkSize")).intValue(), (List<String>) entry.get("chunkSha256")));
		}
		return new EvidenceManifest(UUID.fromString((String) json.get("packageId")), UUID.fromString((String) json.get("caseId")),
				(String) json.get("from"), (String) json.get("to"), Instant.parse((String) json.get("createdAt")),
				Instant.parse((String) json.get("expiresAt")), items);
	}
}
