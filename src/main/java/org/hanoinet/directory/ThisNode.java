package org.hanoinet.directory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hanoinet.node.NodeKeys;
import org.springframework.stereotype.Component;

/**
 * This node's id in the directory: the configured {@code hanoinet.directory.node-id}, or one derived from the
 * node's public key ({@code node-} and 12 hex digits of its SHA-256), stable across restarts.
 */
@Component
public class ThisNode {

	private final String id;

	ThisNode(DirectoryProperties settings, NodeKeys keys) {
		this.id = settings.nodeId().isBlank() ? derived(keys) : settings.nodeId();
	}

	/** The id other nodes address this one by. */
	public String id() {
		return id;
	}

	private static String derived(NodeKeys keys) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(keys.rawPublicKey());
			return "node-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
