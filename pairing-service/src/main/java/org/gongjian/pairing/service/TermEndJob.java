package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Texts;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A term that ends concludes its pairing on its own and opens its draft evaluation, which asks both sides to
 * rate. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances can run the job at once and each pairing is concluded (and its event appended) once.
 */
@ApplicationScoped
public class TermEndJob {

    private static final Logger LOG = Logger.getLogger(TermEndJob.class);
    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final PairingLifecycle lifecycle;
    private final EvaluationDrafts drafts;
    private final Clock clock;

    TermEndJob(EntityManager entityManager, PairingLifecycle lifecycle, EvaluationDrafts drafts, Clock clock) {
        this.entityManager = entityManager;
        this.lifecycle = lifecycle;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongjian.pairing.term-end-cron:0 10 0 * * ?}", identity = "pairing-term-end",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int concluded = concludeEndedTerms(LocalDate.now(clock));
        if (concluded > 0) {
            LOG.infof("Concluded %d pairings whose term ended", concluded);
        }
    }

    /** Concludes every active or suspended pairing whose term ended before {@code today}; returns how many. */
    @WithSpan
    public int concludeEndedTerms(LocalDate today) {
        int total = 0;
        int batch;
        do {
            batch = concludeBatch(today);
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    @Transactional
    int concludeBatch(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM pairing
                WHERE status IN ('ACTIVE', 'SUSPENDED') AND term_end < :today
                ORDER BY term_end, id LIMIT :batch
                FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("today", today)
                .setParameter("batch", BATCH)
                .getResultList();
        for (UUID id : ids) {
            Pairing pairing = Pairing.findById(id);
            lifecycle.conclude(pairing, Texts.of("pairing").get("reason.term-ended", pairing.termEnd.toString()), pairing.termEnd);
            drafts.openAutomatic(pairing, Evaluation.Origin.TERM_END,
                    EvaluationFigures.defaultStart(pairing, pairing.termEnd), pairing.termEnd);
        }
        return ids.size();
    }
}
