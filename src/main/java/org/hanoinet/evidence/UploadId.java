package org.hanoinet.evidence;

import java.util.UUID;

import org.hanoinet.shared.InvalidValue;

/** Identifies one resumable upload (or receipt from another node) of an evidence item that is not complete yet. */
public record UploadId(UUID value) {

	public UploadId {
		if (value == null) {
			throw new InvalidValue("upload", "An upload id is required.");
		}
	}

	public static UploadId of(String value) {
		try {
			return new UploadId(UUID.fromString(value));
		}
		catch (IllegalArgumentException notUuid) {
			throw new InvalidValue("upload", "'" + value + "' is not an upload id (a UUID).");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
