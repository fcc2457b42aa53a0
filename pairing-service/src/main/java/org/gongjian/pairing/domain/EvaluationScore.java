package org.gongjian.pairing.domain;

import org.gongjian.pairing.config.EvaluationWeights;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pairing's score is made (documented in the README): cadence kept, confirmed attendance, demands resolved
 * on time and the sides' ratings of each other, each weighted by configuration
 * ({@code gongjian.pairing.evaluation.weights.*}). When no side has rated yet, the ratings' part does not count
 * and the other weights are scaled up so that they still make 100.
 * Bands: ≥ 90 EXCELLENT (优秀), ≥ 75 GOOD (良好), ≥ 60 FAIR (合格), else POOR (不合格).
 */
public final class EvaluationScore {

    /** The weights of the four parts; each 0..1, summing to 1. */
    public record Weights(double cadence, double attendance, double demandsOnTime, double partnerRatings) {

        public static final Weights DEFAULT = new Weights(0.4, 0.2, 0.2, 0.2);
        private static final double TOLERANCE = 0.001;

        public static Weights of(EvaluationWeights config) {
            return new Weights(config.cadence(), config.attendance(), config.demandsOnTime(), config.partnerRatings());
        }

        /** What is wrong with these weights, for a person; empty when they make a score. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            check(problems, "cadence", cadence);
            check(problems, "attendance", attendance);
            check(problems, "demands-on-time", demandsOnTime);
            check(problems, "partner-ratings", partnerRatings);
            double sum = cadence + attendance + demandsOnTime + partnerRatings;
            if (Math.abs(sum - 1) > TOLERANCE) {
                problems.add("the weights sum to " + sum + ", not 1");
            }
            return problems;
        }

        private static void check(List<String> problems, String name, double weight) {
            if (!(weight >= 0 && weight <= 1)) {
                problems.add(name + " must be between 0 and 1, is " + weight);
            }
        }
    }

    /**
     * The facts an evaluation is computed from; a side's rating is the mean of its organizations' ratings,
     * {@code null} when it has not rated.
     */
    public record Facts(int periods, int missedPeriods, int held, int confirmed, int demandsDue, int demandsOnTime,
            Double leadRating, Double partnerRating) {
    }

    private final Weights weights;

    public EvaluationScore(Weights weights) {
        this.weights = weights;
    }

    public List<ScorePart> parts(Facts facts) {
        int kept = Math.max(0, facts.periods() - facts.missedPeriods());
        double cadence = facts.periods() == 0 ? 100 : percent(kept, facts.periods());
        double confirmed = facts.held() == 0 ? 0 : percent(facts.confirmed(), facts.held());
        double demands = facts.demandsDue() == 0 ? 100 : percent(facts.demandsOnTime(), facts.demandsDue());
        boolean rated = facts.leadRating() != null || facts.partnerRating() != null;
        double scale = rated || weights.partnerRatings() >= 1 ? 1 : 1 / (1 - weights.partnerRatings());
        double rating = rated ? round(meanOfSides(facts) * 20) : 0;
        return List.of(
                new ScorePart("cadence", weights.cadence() * scale, cadence, kept + "/" + facts.periods() + " periods kept"),
                new ScorePart("confirmedActivities", weights.attendance() * scale, confirmed,
                        facts.confirmed() + "/" + facts.held() + " held activities confirmed"),
                new ScorePart("demandsOnTime", weights.demandsOnTime() * scale, demands,
                        facts.demandsOnTime() + "/" + facts.demandsDue() + " demands resolved on time"),
                new ScorePart("mutualRating", rated ? weights.partnerRatings() : 0, rating,
                        "lead " + show(facts.leadRating()) + "/5, partners " + show(facts.partnerRating()) + "/5"));
    }

    public static double total(List<ScorePart> parts) {
        return round(Math.min(100, parts.stream().mapToDouble(part -> part.weight() * part.score()).sum()));
    }

    public static String rating(double score) {
        if (score >= 90) {
            return "EXCELLENT";
        }
        if (score >= 75) {
            return "GOOD";
        }
        if (score >= 60) {
            return "FAIR";
        }
        return "POOR";
    }

    private static double meanOfSides(Facts facts) {
        if (facts.leadRating() == null) {
            return facts.partnerRating();
        }
        if (facts.partnerRating() == null) {
            return facts.leadRating();
        }
        return (facts.leadRating() + facts.partnerRating()) / 2.0;
    }

    private static String show(Double rating) {
        if (rating == null) {
            return "–";
        }
        return rating == Math.rint(rating) ? String.valueOf(rating.intValue()) : String.valueOf(round(rating));
    }

    private static double percent(int part, int whole) {
        return round(Math.min(100.0, 100.0 * part / whole));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
