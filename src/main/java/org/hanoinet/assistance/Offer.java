package org.hanoinet.assistance;

import java.time.Instant;

import org.hanoinet.shared.CountryCode;

/**
 * A State's offer of technical assistance or capacity-building (arts. 54 and 56), such as a course at its training
 * centre for developing countries. Every signed-in user of every State sees the offers.
 *
 * @param id identifies the offer
 * @param state the State that offers
 * @param kind what kind of assistance it offers
 * @param particulars what the offer says
 * @param recordedBy the user or token that recorded it
 * @param recordedAt when it was recorded
 */
public record Offer(OfferId id, CountryCode state, OfferKind kind, Particulars particulars, String recordedBy, Instant recordedAt) {
}
