package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.NoticeType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Reminds the participants of a planned activity once it starts within the reminder period (24 hours). The reminder's
 * id is derived from the activity and its start, so the notice unique constraint makes it once per activity and
 * start time however often (or on however many instances) the job runs; a rescheduled activity is reminded anew.
 */
@ApplicationScoped
public class ActivityReminders {

    private final ActivityProjection activities;
    private final Recipients recipients;
    private final NoticeWriter writer;
    private final NotificationConfig config;
    private final Clock clock;

    ActivityReminders(ActivityProjection activities, Recipients recipients, NoticeWriter writer,
            NotificationConfig config, Clock clock) {
        this.activities = activities;
        this.recipients = recipients;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gongjian.notification.reminders.interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        remindAt(clock.instant());
    }

    /** @return how many reminder notices were written */
    @Transactional
    @WithSpan
    public int remindAt(Instant now) {
        int written = 0;
        for (ActivityProjection.Upcoming activity : activities.startingBetween(now, now.plus(config.reminders().beforeActivity()))) {
            UUID eventId = UUID.nameUUIDFromBytes(("activity-reminder:" + activity.id() + ":"
                    + activity.startsAt().toInstant()).getBytes(StandardCharsets.UTF_8));
            written += writer.write(eventId, new NoticeDraft(NoticeType.ACTIVITY_REMINDER, activity.district(), "activity",
                    activity.id(), Map.of("title", activity.title(), "startsAt", activity.startsAt(),
                            "location", activity.location() == null ? "" : activity.location()),
                    recipients.ofOrganizations(activity.participantIds())));
        }
        return written;
    }
}
