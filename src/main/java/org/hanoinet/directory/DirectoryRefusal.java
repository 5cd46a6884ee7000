package org.hanoinet.directory;

import java.time.Instant;

/**
 * A directory this node refused, and why.
 *
 * @param reason the stable reason
 * @param detail one sentence for the operator
 * @param at when it was refused
 */
public record DirectoryRefusal(RefusalReason reason, String detail, Instant at) {
}
