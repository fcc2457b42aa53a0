package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.pairing.config.EvaluationWeights;
import org.gongjian.pairing.domain.CadencePeriods;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.EvaluationScore;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.pairing.domain.ScorePart;
import org.gongjian.pairing.domain.SideRating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Scores an evaluation from what this service knows: missed cadence periods and activities from activity-service's
 * events, demands answered on time, and the sides' ratings, weighted as configured.
 */
@ApplicationScoped
public class EvaluationFigures {

    private final EntityManager entityManager;
    private final EvaluationScore score;
    private final Clock clock;

    EvaluationFigures(EntityManager entityManager, EvaluationWeights weights, Clock clock) {
        this.entityManager = entityManager;
        this.score = new EvaluationScore(EvaluationScore.Weights.of(weights));
        this.clock = clock;
    }

    /** Sets the evaluation's parts, score and rating from the figures of its period as they stand today. */
    public void score(Evaluation evaluation, Pairing pairing) {
        List<ScorePart> parts = score.parts(facts(pairing, evaluation));
        evaluation.parts = parts;
        evaluation.score = EvaluationScore.total(parts);
        evaluation.rating = EvaluationScore.rating(evaluation.score);
    }

    /** Concluded: up to the conclusion; otherwise up to today (or the term's end, if earlier). */
    public static LocalDate defaultEnd(Pairing pairing, LocalDate today) {
        if (pairing.concludedOn != null) {
            return pairing.concludedOn;
        }
        return pairing.termEnd != null && pairing.termEnd.isBefore(today) ? pairing.termEnd : today;
    }

    /** The year being evaluated, not before the pairing became active (or its term began). */
    public static LocalDate defaultStart(Pairing pairing, LocalDate end) {
        LocalDate began = pairing.activatedOn != null && pairing.activatedOn.isAfter(pairing.termStart)
                ? pairing.activatedOn : pairing.termStart;
        LocalDate yearStart = end.withDayOfYear(1);
        LocalDate start = began.isAfter(yearStart) ? began : yearStart;
        return start.isAfter(end) ? end : start;
    }

    private EvaluationScore.Facts facts(Pairing pairing, Evaluation evaluation) {
        LocalDate start = evaluation.periodStart;
        LocalDate end = evaluation.periodEnd;
        LocalDate today = LocalDate.now(clock);
        int periods = CadencePeriods.count(start, end, pairing.cadencePeriod);
        int missed = number(entityManager.createNativeQuery("""
                SELECT count(*) FROM cadence_miss
                WHERE pairing_id = :id AND period_start >= :periodFrom AND period_end <= :periodTo""")
                .setParameter("id", pairing.id)
                .setParameter("periodFrom", CadencePeriods.startOf(start, pairing.cadencePeriod))
                .setParameter("periodTo", CadencePeriods.next(CadencePeriods.startOf(end, pairing.cadencePeriod),
                        pairing.cadencePeriod))
                .getSingleResult());
        ZoneId zone = clock.getZone();
        var activityFrom = start.atStartOfDay(zone).toOffsetDateTime();
        var activityTo = end.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Object[] activities = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE confirmed) FROM activity_record
                WHERE pairing_id = :id AND status = 'HELD' AND starts_at >= :from AND starts_at < :to""")
                .setParameter("id", pairing.id).setParameter("from", activityFrom).setParameter("to", activityTo)
                .getSingleResult();
        Object[] demands = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'RESOLVED' OR due_on < :today),
                       count(*) FILTER (WHERE status = 'RESOLVED' AND answered_on <= due_on)
                FROM demand
                WHERE pairing_id = :id AND status <> 'REJECTED'
                  AND CAST(raised_at AT TIME ZONE :zone AS date) BETWEEN :from AND :to""")
                .setParameter("id", pairing.id).setParameter("today", today).setParameter("zone", zone.getId())
                .setParameter("from", start).setParameter("to", end)
                .getSingleResult();
        return new EvaluationScore.Facts(periods, Math.min(missed, periods), number(activities[0]), number(activities[1]),
                number(demands[0]), number(demands[1]), ratingOf(evaluation, SideRating.Side.LEAD),
                ratingOf(evaluation, SideRating.Side.PARTNER));
    }

    /** A side's mean rating; for an evaluation the committee recorded before the sides rated, its typed rating. */
    private static Double ratingOf(Evaluation evaluation, SideRating.Side side) {
        var mean = evaluation.mean(side);
        if (mean.isPresent()) {
            return mean.getAsDouble();
        }
        Integer typed = side == SideRating.Side.LEAD ? evaluation.leadRating : evaluation.partnerRating;
        return evaluation.sideRatings.isEmpty() && typed != null ? typed.doubleValue() : null;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
