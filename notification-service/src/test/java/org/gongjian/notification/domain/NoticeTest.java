package org.gongjian.notification.domain;

import org.gongjian.rest.Languages;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and acknowledging (签收) one notice. */
class NoticeTest {

    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 5, 4, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final OffsetDateTime LATER = FIRST.plusHours(3);

    @Test
    void readingTwiceKeepsTheFirstTime() {
        Notice notice = notice(false);
        notice.markRead(FIRST);
        notice.markRead(LATER);
        assertThat(notice.readAt).isEqualTo(FIRST);
    }

    @Test
    void acknowledgingMarksReadAndASecondTapKeepsTheFirstTime() {
        Notice notice = notice(true);
        assertThat(notice.acknowledge(FIRST)).isTrue();
        assertThat(notice.acknowledgedAt).isEqualTo(FIRST);
        assertThat(notice.readAt).isEqualTo(FIRST);

        assertThat(notice.acknowledge(LATER)).isFalse();
        assertThat(notice.acknowledgedAt).isEqualTo(FIRST);
        assertThat(notice.readAt).isEqualTo(FIRST);
    }

    @Test
    void acknowledgingAReadNoticeKeepsWhenItWasRead() {
        Notice notice = notice(true);
        notice.markRead(FIRST);
        notice.acknowledge(LATER);
        assertThat(notice.readAt).isEqualTo(FIRST);
        assertThat(notice.acknowledgedAt).isEqualTo(LATER);
    }

    @Test
    void aNoticeThatAsksForNoReceiptCannotBeAcknowledged() {
        Notice notice = notice(false);
        assertThatThrownBy(() -> notice.acknowledge(FIRST)).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(409);
            assertThat(refusal.detail(Languages.DEFAULT)).isEqualTo("该通知无需签收");
            assertThat(refusal.detail(Locale.ENGLISH)).isEqualTo("This notice asks for no receipt");
        });
        assertThat(notice.acknowledgedAt).isNull();
        assertThat(notice.readAt).isNull();
    }

    private static Notice notice(boolean receiptRequired) {
        Notice notice = new Notice();
        notice.receiptRequired = receiptRequired;
        return notice;
    }
}
