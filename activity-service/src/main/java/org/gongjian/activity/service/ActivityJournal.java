package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.messaging.OutboxWriter;

import java.util.function.Function;

/**
 * Records a change of an activity: flushes its new version, updates the statistics, appends the entry of its history
 * and the event, all in the caller's transaction.
 */
@ApplicationScoped
public class ActivityJournal {

    private final EntityManager entityManager;
    private final DailyStats stats;
    private final ActivityHistory history;
    private final OutboxWriter outbox;

    ActivityJournal(EntityManager entityManager, DailyStats stats, ActivityHistory history, OutboxWriter outbox) {
        this.entityManager = entityManager;
        this.stats = stats;
        this.history = history;
        this.outbox = outbox;
    }

    /** What the activity is before a change: taken before the first field changes. */
    public Before before(Activity activity) {
        return new Before(stats.of(activity), ActivitySnapshots.of(activity));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Before before, Activity after, Function<ActivitySnapshot, ActivityEvent> event) {
        record(before, after, null, event);
    }

    /** @param reason why, where the change asks for one; {@code null} otherwise */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Before before, Activity after, String reason, Function<ActivitySnapshot, ActivityEvent> event) {
        entityManager.flush();
        stats.replace(before == null ? null : before.contribution(), after);
        ActivitySnapshot snapshot = ActivitySnapshots.of(after);
        ActivityEvent published = event.apply(snapshot);
        history.append(published.type(), before == null ? null : before.snapshot(), snapshot, reason);
        outbox.append(published);
    }

    public record Before(DailyStats.Contribution contribution, ActivitySnapshot snapshot) {
    }
}
