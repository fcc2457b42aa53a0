package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.rest.Bounds;
import org.gongjian.events.pairing.PairingEvaluated;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.CadencePeriods;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.EvaluationScore;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.RuleViolation;
import org.gongjian.pairing.domain.ScorePart;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The committee evaluates a pairing at conclusion or yearly: the score is computed from what this service knows
 * (missed cadence periods and activities from activity-service's events, demands answered on time) and the two
 * sides' ratings of each other.
 */
@ApplicationScoped
public class EvaluationService {

    private final PairingAccess access;
    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final Clock clock;

    EvaluationService(PairingAccess access, EntityManager entityManager, OutboxWriter outbox, Clock clock) {
        this.access = access;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public Evaluation evaluate(UUID pairingId, int leadRating, int partnerRating, String remarks, LocalDate from,
            LocalDate to) {
        Pairing pairing = access.managed(pairingId);
        if (pairing.status == PairingStatus.PROPOSED || pairing.status == PairingStatus.REJECTED) {
            throw RuleViolation.conflict("Only a pairing that has been active can be evaluated; this one is " + pairing.status);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to != null ? to : defaultEnd(pairing, today);
        LocalDate start = from != null ? from : defaultStart(pairing, end);
        if (end.isBefore(start)) {
            throw RuleViolation.invalid("periodEnd", "must not be before periodStart");
        }
        Bounds.requireInRange("periodStart", start);
        Bounds.requireInRange("periodEnd", end);
        Bounds.requirePeriod("periodEnd", start, end);
        List<ScorePart> parts = EvaluationScore.parts(facts(pairing, start, end, today, leadRating, partnerRating));
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.pairingId = pairing.id;
        evaluation.district = pairing.district;
        evaluation.periodStart = start;
        evaluation.periodEnd = end;
        evaluation.parts = parts;
        evaluation.score = EvaluationScore.total(parts);
        evaluation.rating = EvaluationScore.rating(evaluation.score);
        evaluation.leadRating = leadRating;
        evaluation.partnerRating = partnerRating;
        evaluation.remarks = remarks;
        evaluation.evaluatedAt = clock.instant();
        evaluation.evaluatedBy = access.caller().username();
        evaluation.persist();
        outbox.append(new PairingEvaluated(PairingSnapshots.of(evaluation)));
        return evaluation;
    }

    @WithSpan
    public List<Evaluation> of(UUID pairingId) {
        access.readable(pairingId);
        return Evaluation.list("pairingId = ?1 order by evaluatedAt desc, id", pairingId);
    }

    /** Concluded: up to the conclusion; otherwise up to today (or the term's end, if earlier). */
    private static LocalDate defaultEnd(Pairing pairing, LocalDate today) {
        if (pairing.concludedOn != null) {
            return pairing.concludedOn;
        }
        return pairing.termEnd != null && pairing.termEnd.isBefore(today) ? pairing.termEnd : today;
    }

    /** The year being evaluated, not before the pairing became active (or its term began). */
    private static LocalDate defaultStart(Pairing pairing, LocalDate end) {
        LocalDate began = pairing.activatedOn != null && pairing.activatedOn.isAfter(pairing.termStart)
                ? pairing.activatedOn : pairing.termStart;
        LocalDate yearStart = end.withDayOfYear(1);
        LocalDate start = began.isAfter(yearStart) ? began : yearStart;
        return start.isAfter(end) ? end : start;
    }

    private EvaluationScore.Facts facts(Pairing pairing, LocalDate start, LocalDate end, LocalDate today, int leadRating,
            int partnerRating) {
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
                number(demands[0]), number(demands[1]), leadRating, partnerRating);
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
