package org.hanoinet.exchange;

/**
 * An envelope from another node passed every check and was stored; published in the transaction that stores
 * it, so a module applying it (the case engine, for case events) does so atomically with the receipt.
 */
public record EnvelopeReceived(Envelope envelope, String envelopeHash) {
}
