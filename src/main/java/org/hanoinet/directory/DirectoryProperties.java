package org.hanoinet.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory, under {@code hanoinet.directory} (environment variables {@code HANOINET_DIRECTORY_...}).
 *
 * @param secretariat whether this node is the secretariat that signs and publishes the directory; a demo node
 *        without a secretariat URL is its own secretariat
 * @param secretariatUrl base URL of the secretariat's node, e.g. {@code https://directory.unodc.example}; empty
 *        on the secretariat itself
 * @param secretariatKey the secretariat's Ed25519 public key, pinned: 32 raw bytes in base64url (a JWK's {@code x});
 *        while the secretariat rotates its key, the old and the new key separated by a comma
 * @param refreshPeriod how often a node fetches the directory from the secretariat
 * @param validity how long a published version may be relied upon
 * @param nodeId this node's id in the directory; empty derives one from its key
 * @param servedStates the States (ISO alpha-2) whose authorities this node serves when it registers itself;
 *     empty serves every authority of its register
 * @param publicUrl the HTTPS URL at which other nodes reach this one; empty means this machine's loopback
 */
@ConfigurationProperties("hanoinet.directory")
public record DirectoryProperties(
		@DefaultValue("false") boolean secretariat,
		@DefaultValue("") String secretariatUrl,
		@DefaultValue("") String secretariatKey,
		@DefaultValue("15m") Duration refreshPeriod,
		@DefaultValue("30d") Duration validity,
		@DefaultValue("") String nodeId,
		@DefaultValue("") String publicUrl,
		@DefaultValue({}) java.util.List<String> servedStates) {

	/** Whether this node follows a secretariat elsewhere. */
	public boolean follower() {
		return !secretariatUrl.isBlank();
	}
}
