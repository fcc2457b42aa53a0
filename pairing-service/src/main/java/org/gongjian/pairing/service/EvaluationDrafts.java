package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens draft evaluations and asks the sides to rate. An automatic draft (term end, year end) is inserted with
 * {@code ON CONFLICT DO NOTHING} against a unique index on (pairing, occasion, period end): when two instances
 * run the jobs at once, the second insert does nothing, so the draft and its
 * {@code pairing.evaluation-requested} event exist once.
 */
@ApplicationScoped
public class EvaluationDrafts {

    private final EntityManager entityManager;
    private final EvaluationFigures figures;
    private final OutboxWriter outbox;
    private final Clock clock;

    EvaluationDrafts(EntityManager entityManager, EvaluationFigures figures, OutboxWriter outbox, Clock clock) {
        this.entityManager = entityManager;
        this.figures = figures;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The draft for this occasion and period, if this call opened it; empty when it existed already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Evaluation> openAutomatic(Pairing pairing, Evaluation.Origin origin, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO evaluation (id, pairing_id, district, status, origin, period_start, period_end, score, rating,
                                        parts, opened_at, evaluated_at, version)
                VALUES (:id, :pairing, :district, 'DRAFT', :origin, :start, :end, 0, 'POOR', '[]'::jsonb, :now, :now, 0)
                ON CONFLICT (pairing_id, origin, period_end) WHERE origin IN ('TERM_END', 'YEAR_END') DO NOTHING""")
                .setParameter("id", id).setParameter("pairing", pairing.id).setParameter("district", pairing.district)
                .setParameter("origin", origin.name()).setParameter("start", start).setParameter("end", end)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        Evaluation draft = Evaluation.findById(id);
        figures.score(draft, pairing);
        requestRatings(draft, pairing);
        return Optional.of(draft);
    }

    /** A draft the committee opens for a period of its choice; several may exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation openByCommittee(Pairing pairing, LocalDate start, LocalDate end, String remarks) {
        Evaluation draft = new Evaluation();
        draft.id = UUID.randomUUID();
        draft.pairingId = pairing.id;
        draft.district = pairing.district;
        draft.status = Evaluation.Status.DRAFT;
        draft.origin = Evaluation.Origin.COMMITTEE;
        draft.periodStart = start;
        draft.periodEnd = end;
        draft.remarks = remarks;
        draft.openedAt = clock.instant();
        draft.evaluatedAt = draft.openedAt;
        figures.score(draft, pairing);
        draft.persist();
        requestRatings(draft, pairing);
        return draft;
    }

    private void requestRatings(Evaluation draft, Pairing pairing) {
        outbox.append(new PairingEvaluationRequested(PairingSnapshots.of(draft), pairing.title, pairing.leadId,
                pairing.memberIds()));
    }
}
