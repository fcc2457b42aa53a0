package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandOverdue;
import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.config.PairingConfig;
import org.gongjian.pairing.domain.Demand;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells of unanswered demands ({@code OPEN} or {@code ACCEPTED}) as their due date nears and passes: once when it is at
 * most {@code demand-due-soon-days} days away ({@code demand.due-soon.v1}), once the day after it
 * ({@code demand.overdue.v1}). A demand is claimed by setting its {@code due_soon_noticed_at} / {@code overdue_noticed_at}
 * (rows locked with {@code FOR UPDATE SKIP LOCKED}) in the transaction that appends its event, so however often and on
 * however many instances the job runs, each is published once. The demand's version is left alone: telling of a
 * demand does not change it, and an answer in flight keeps its {@code If-Match}.
 */
@ApplicationScoped
@Startup
public class DemandDueJob {

    private static final Logger LOG = Logger.getLogger(DemandDueJob.class);
    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final PairingConfig config;
    private final Clock clock;

    DemandDueJob(EntityManager entityManager, OutboxWriter outbox, PairingConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongjian.pairing.demand-due-cron:0 5 * * * ?}", identity = "pairing-demand-due",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        int told = tellAsOf(LocalDate.now(clock));
        if (told > 0) {
            LOG.infof("Told of %d demands due soon or overdue", told);
        }
    }

    /** Publishes the due-soon and overdue events owed as of {@code today}; returns how many. */
    @WithSpan
    public int tellAsOf(LocalDate today) {
        int total = 0;
        int batch;
        do {
            batch = claim(today, "due_soon_noticed_at", "due_on BETWEEN :today AND :soon", DemandDueSoon::new);
            total += batch;
        } while (batch == BATCH);
        do {
            batch = claim(today, "overdue_noticed_at", "due_on < :today", DemandOverdue::new);
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    @Transactional
    int claim(LocalDate today, String noticedColumn, String dueCondition,
            Function<DemandSnapshot, org.gongjian.events.GongjianEvent> event) {
        var query = entityManager.createNativeQuery("""
                UPDATE demand SET %1$s = :now
                WHERE id IN (SELECT id FROM demand
                             WHERE status IN ('OPEN', 'ACCEPTED') AND %1$s IS NULL AND %2$s
                             ORDER BY due_on, id LIMIT :batch
                             FOR UPDATE SKIP LOCKED)
                RETURNING id""".formatted(noticedColumn, dueCondition), UUID.class)
                .setParameter("now", clock.instant())
                .setParameter("today", today)
                .setParameter("batch", BATCH);
        if (dueCondition.contains(":soon")) {
            query.setParameter("soon", today.plusDays(config.demandDueSoonDays()));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        for (UUID id : ids) {
            Demand demand = Demand.findById(id);
            outbox.append(event.apply(PairingSnapshots.of(demand)));
        }
        return ids.size();
    }
}
