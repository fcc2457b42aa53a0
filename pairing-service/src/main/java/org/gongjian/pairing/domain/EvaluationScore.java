package org.gongjian.pairing.domain;

import java.util.List;

/**
 * How a pairing's score is made (documented in the README):
 * cadence kept 40 %, confirmed-activity ratio 20 %, demands resolved on time 20 %, mutual ratings 20 %.
 * Bands: ≥ 90 EXCELLENT (优秀), ≥ 75 GOOD (良好), ≥ 60 FAIR (合格), else POOR (不合格).
 */
public final class EvaluationScore {

    public static final double CADENCE_WEIGHT = 0.4;
    public static final double CONFIRMED_WEIGHT = 0.2;
    public static final double DEMANDS_WEIGHT = 0.2;
    public static final double RATING_WEIGHT = 0.2;

    private EvaluationScore() {
    }

    /** The facts an evaluation is computed from. */
    public record Facts(int periods, int missedPeriods, int held, int confirmed, int demandsDue, int demandsOnTime,
            int leadRating, int partnerRating) {
    }

    public static List<ScorePart> parts(Facts facts) {
        int kept = Math.max(0, facts.periods() - facts.missedPeriods());
        double cadence = facts.periods() == 0 ? 100 : percent(kept, facts.periods());
        double confirmed = facts.held() == 0 ? 0 : percent(facts.confirmed(), facts.held());
        double demands = facts.demandsDue() == 0 ? 100 : percent(facts.demandsOnTime(), facts.demandsDue());
        double rating = round((facts.leadRating() + facts.partnerRating()) / 2.0 * 20);
        return List.of(
                new ScorePart("cadence", CADENCE_WEIGHT, cadence, kept + "/" + facts.periods() + " periods kept"),
                new ScorePart("confirmedActivities", CONFIRMED_WEIGHT, confirmed,
                        facts.confirmed() + "/" + facts.held() + " held activities confirmed"),
                new ScorePart("demandsOnTime", DEMANDS_WEIGHT, demands,
                        facts.demandsOnTime() + "/" + facts.demandsDue() + " demands resolved on time"),
                new ScorePart("mutualRating", RATING_WEIGHT, rating,
                        "lead " + facts.leadRating() + "/5, partners " + facts.partnerRating() + "/5"));
    }

    public static double total(List<ScorePart> parts) {
        return round(parts.stream().mapToDouble(part -> part.weight() * part.score()).sum());
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

    private static double percent(int part, int whole) {
        return round(Math.min(100.0, 100.0 * part / whole));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
