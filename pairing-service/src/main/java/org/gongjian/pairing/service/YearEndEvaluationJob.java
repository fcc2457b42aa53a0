package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Pairing;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * After a year ends, every pairing that was active in it and still runs gets a draft evaluation of that year
 * (a pairing whose term ended gets its draft from {@link TermEndJob}). Safe with several instances: the unique
 * index behind {@link EvaluationDrafts#openAutomatic} lets one draft per pairing and year exist.
 */
@ApplicationScoped
public class YearEndEvaluationJob {

    private static final Logger LOG = Logger.getLogger(YearEndEvaluationJob.class);
    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final EvaluationDrafts drafts;
    private final Clock clock;

    YearEndEvaluationJob(EntityManager entityManager, EvaluationDrafts drafts, Clock clock) {
        this.entityManager = entityManager;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongjian.pairing.year-end-cron:0 30 0 * * ?}", identity = "pairing-year-end-evaluations",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int opened = openYearEndDrafts(LocalDate.now(clock));
        if (opened > 0) {
            LOG.infof("Opened %d year-end evaluation drafts", opened);
        }
    }

    /** Opens the drafts for the year before {@code today}'s that are missing; returns how many this call opened. */
    @WithSpan
    public int openYearEndDrafts(LocalDate today) {
        LocalDate yearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
        int total = 0;
        int[] batch;
        do {
            batch = openBatch(yearEnd);
            total += batch[1];
        } while (batch[0] == BATCH);
        return total;
    }

    /** {candidates seen, drafts opened}. */
    @Transactional
    int[] openBatch(LocalDate yearEnd) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT p.id FROM pairing p
                WHERE p.status IN ('ACTIVE', 'SUSPENDED') AND p.activated_on <= :yearEnd
                  AND NOT EXISTS (SELECT 1 FROM evaluation e
                                  WHERE e.pairing_id = p.id AND e.origin = 'YEAR_END' AND e.period_end = :yearEnd)
                ORDER BY p.id LIMIT :batch""", UUID.class)
                .setParameter("yearEnd", yearEnd).setParameter("batch", BATCH)
                .getResultList();
        int opened = 0;
        for (UUID id : ids) {
            Pairing pairing = Pairing.findById(id);
            if (drafts.openAutomatic(pairing, Evaluation.Origin.YEAR_END,
                    EvaluationFigures.defaultStart(pairing, yearEnd), yearEnd).isPresent()) {
                opened++;
            }
        }
        return new int[] {ids.size(), opened};
    }
}
