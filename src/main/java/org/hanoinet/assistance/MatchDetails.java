package org.hanoinet.assistance;

/** A match with the need and the offer it brings together, as its two States and the secretariat see it. */
public record MatchDetails(Match match, Need need, Offer offer) {
}
