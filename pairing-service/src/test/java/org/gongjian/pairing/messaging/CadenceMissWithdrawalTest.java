package org.gongjian.pairing.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class CadenceMissWithdrawalTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void aLateConfirmationWithdrawsTheMissOfItsPeriod() {
        UUID[] pair = fx.activePair();
        UUID pairing = pair[0];
        UUID lesson = UUID.randomUUID();
        KafkaTopics.publish(new ActivityHeld(activity(lesson, pairing, 1, null, OffsetDateTime.of(2025, 6, 30, 23, 30, 0, 0,
                ZoneOffset.ofHours(8)))));
        KafkaTopics.publish(missed(pairing, LocalDate.of(2025, 6, 1)));
        KafkaTopics.publish(missed(pairing, LocalDate.of(2025, 7, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> misses(pairing) == 2
                && count("SELECT count(*) FROM activity_record WHERE pairing_id = :id", pairing) == 1);

        KafkaTopics.publish(new ActivityConfirmed(activity(lesson, pairing, 2, pair[2], OffsetDateTime.of(2025, 6, 30, 23,
                30, 0, 0, ZoneOffset.ofHours(8)))));

        await().atMost(Duration.ofSeconds(30)).until(() -> misses(pairing) == 1);
        assertThat(count("SELECT count(*) FROM cadence_miss WHERE pairing_id = :id AND period_start = DATE '2025-07-01'",
                pairing)).as("the other period stays missed").isEqualTo(1);
    }

    private ActivitySnapshot activity(UUID id, UUID pairing, long version, UUID confirmedBy, OffsetDateTime starts) {
        return new ActivitySnapshot(id, fx.district, pairing, "微党课", ActivityType.PARTY_LESSON, starts,
                starts.plusHours(1), "党群服务中心", List.of(pairing), ActivityStatus.HELD,
                List.of(new ActivitySnapshot.Attendance(pairing, 8, 1, 0)), "学习党章", null, null,
                confirmedBy, confirmedBy == null ? null : starts.plusDays(3), version);
    }

    private CadenceMissed missed(UUID pairing, LocalDate month) {
        return new CadenceMissed(new CadencePeriodSnapshot(pairing, fx.district, List.of(pairing), month,
                month.plusMonths(1), 1, 1, 0));
    }

    private static int misses(UUID pairing) {
        return count("SELECT count(*) FROM cadence_miss WHERE pairing_id = :id", pairing);
    }

    private static int count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Organization.getEntityManager()
                .createNativeQuery(sql).setParameter("id", id).getSingleResult()).intValue());
    }
}
