package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.messaging.OutboxWriter;

import java.util.function.Function;

/** Records a change of an activity: flushes its new version, updates the statistics and appends the event. */
@ApplicationScoped
public class ActivityJournal {

    private final EntityManager entityManager;
    private final DailyStats stats;
    private final OutboxWriter outbox;

    ActivityJournal(EntityManager entityManager, DailyStats stats, OutboxWriter outbox) {
        this.entityManager = entityManager;
        this.stats = stats;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DailyStats.Contribution before, Activity after, Function<ActivitySnapshot, GongjianEvent> event) {
        entityManager.flush();
        stats.replace(before, after);
        outbox.append(event.apply(ActivitySnapshots.of(after)));
    }
}
