package org.gongjian.pairing.domain;

/**
 * One weighted part of an evaluation score.
 *
 * @param name   {@code cadence}, {@code confirmedActivities}, {@code demandsOnTime} or {@code mutualRating}
 * @param weight 0..1
 * @param score  0..100
 * @param basis  what the score was computed from, for a person (e.g. "11 of 12 periods kept")
 */
public record ScorePart(String name, double weight, double score, String basis) {
}
