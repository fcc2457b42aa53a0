package org.gongjian.notification.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Participants are reminded once, a day before an activity; unacknowledged pairing notices once, after 3 days. */
@QuarkusTest
class RemindersTest {

    @Inject
    Projections projections;

    @Inject
    ActivityReminders activityReminders;

    @Inject
    ReceiptReminders receiptReminders;

    @Test
    void participantsAreRemindedOnceADayBeforeAnActivityStarts() {
        var parties = new NoticeRulesTest().activePairingWith(projections);
        Instant now = Instant.now();
        ActivitySnapshot activity = Fixtures.activity(parties.district(), parties.pairing().id(), "禁毒宣讲进企业",
                OffsetDateTime.ofInstant(now.plus(Duration.ofHours(30)), ZoneOffset.UTC), parties.organ().id(),
                parties.enterprise().id());
        KafkaTopics.publish(new ActivityScheduled(activity));
        Inboxes.awaitNotices(parties.liaison(), "ACTIVITY_SCHEDULED", activity.id(), 1);

        activityReminders.remindAt(now);
        assertThat(Inboxes.notices(parties.liaison(), "ACTIVITY_REMINDER", activity.id())).isEmpty();
        activityReminders.remindAt(now.plus(Duration.ofHours(7)));
        activityReminders.remindAt(now.plus(Duration.ofHours(8)));
        activityReminders.remindAt(now.plus(Duration.ofHours(29)));
        assertThat(Inboxes.notices(parties.liaison(), "ACTIVITY_REMINDER", activity.id())).hasSize(1);
        assertThat(Inboxes.notices(parties.organSecretary(), "ACTIVITY_REMINDER", activity.id())).hasSize(1);
        activityReminders.remindAt(now.plus(Duration.ofHours(31)));
        assertThat(Inboxes.notices(parties.liaison(), "ACTIVITY_REMINDER", activity.id())).hasSize(1);
    }

    @Test
    void whoeverHasNotAcknowledgedAPairingNoticeIsRemindedOnceAfterThreeDays() {
        var parties = new NoticeRulesTest().activePairingWith(projections);
        UUID pairing = parties.pairing().id();
        Map<String, Object> acknowledged = Inboxes.awaitNotices(parties.liaison(), "PAIRING_ACTIVATED", pairing, 1).get(0);
        Inboxes.awaitNotices(parties.organSecretary(), "PAIRING_ACTIVATED", pairing, 1);
        given().header("Authorization", parties.liaison())
                .when().post("/api/notifications/" + acknowledged.get("id") + "/receipt").then().statusCode(200);

        receiptReminders.remindAt(Instant.now().plus(Duration.ofDays(2)));
        assertThat(Inboxes.notices(parties.organSecretary(), "RECEIPT_REMINDER", pairing)).isEmpty();
        receiptReminders.remindAt(Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));
        receiptReminders.remindAt(Instant.now().plus(Duration.ofDays(4)));
        assertThat(Inboxes.notices(parties.organSecretary(), "RECEIPT_REMINDER", pairing)).hasSize(1)
                .first().satisfies(notice -> assertThat((String) notice.get("title")).startsWith("请签收："));
        assertThat(Inboxes.notices(parties.liaison(), "RECEIPT_REMINDER", pairing)).isEmpty();
    }
}
