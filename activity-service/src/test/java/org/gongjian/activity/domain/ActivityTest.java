package org.gongjian.activity.domain;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityTest {

    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2026-05-30T09:30:00+08:00");
    private static final Instant AFTER = STARTS.plusHours(3).toInstant();

    private final UUID lead = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final Activity activity = Activity.plan(UUID.randomUUID(), "xiangtan-htz", "“共建文明城”主题党日",
            ActivityType.THEMED_PARTY_DAY, STARTS, STARTS.plusHours(2), "湘潭高新区党群服务中心", List.of(lead, partner),
            STARTS.minusDays(7).toInstant());

    private List<AttendanceCount> attendance() {
        return List.of(new AttendanceCount(lead, 12, 2, 0), new AttendanceCount(partner, 20, 3, 15));
    }

    private Activity held() {
        activity.hold(attendance(), "学习交流", "签订共建协议", AFTER, lead);
        return activity;
    }

    private static void refused(Runnable change, int status) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    @Test
    void aPlannedActivityIsHeldOnceItHasStartedAndThenCountsOnlyWhenThePartnerConfirms() {
        refused(() -> activity.hold(attendance(), "提前", null, STARTS.minusMinutes(1).toInstant(), lead), 409);
        held();
        assertThat(activity.status).isEqualTo(ActivityStatus.HELD);
        assertThat(activity.completedBy).isEqualTo(lead);
        assertThat(activity.isAwaitingConfirmation()).isTrue();
        assertThat(activity.isKept()).isFalse();

        activity.confirm(partner, AFTER.plusSeconds(60));
        assertThat(activity.isKept()).isTrue();
        refused(() -> activity.confirm(partner, AFTER.plusSeconds(120)), 409);
        refused(() -> activity.dispute(partner, "未参加", AFTER), 409);
    }

    @Test
    void attendanceNamesOnlyParticipantsAndEachOnce() {
        refused(() -> activity.hold(List.of(new AttendanceCount(UUID.randomUUID(), 1, 0, 0)), null, null, AFTER, lead), 400);
        refused(() -> activity.hold(List.of(new AttendanceCount(lead, 1, 0, 0), new AttendanceCount(lead, 2, 0, 0)), null,
                null, AFTER, lead), 400);
        assertThat(activity.isPlanned()).isTrue();
    }

    @Test
    void onlyAPlannedActivityIsCancelledOrChanged() {
        activity.cancel("暴雨改期");
        assertThat(activity.status).isEqualTo(ActivityStatus.CANCELLED);
        refused(activity::requirePlanned, 409);
        refused(() -> activity.hold(attendance(), null, null, AFTER, lead), 409);
    }

    @Test
    void aCancelledActivityTakesNoPhotosAndEveryOtherDoes() {
        activity.requirePhotosAllowed();
        held().requirePhotosAllowed();
        Activity cancelled = Activity.plan(UUID.randomUUID(), "xiangtan-htz", "改期的主题党日", ActivityType.THEMED_PARTY_DAY,
                STARTS, STARTS.plusHours(2), "湘潭高新区党群服务中心", List.of(lead, partner), STARTS.minusDays(7).toInstant());
        cancelled.cancel("暴雨改期");
        assertThatThrownBy(cancelled::requirePhotosAllowed).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).isEqualTo("The activity was cancelled; it takes no photos");
        });
    }

    @Test
    void theReportingSideCorrectsUntilConfirmedAndTheCommitteeAtAnyTimeWithAReason() {
        refused(() -> activity.correct(attendance(), "改", null, false, null), 409);
        held();
        activity.correct(List.of(new AttendanceCount(lead, 10, 2, 0)), "更正人数", null, false, null);
        assertThat(activity.totalAttendance().full()).isEqualTo(10);

        activity.confirm(partner, AFTER);
        refused(() -> activity.correct(attendance(), "再改", null, false, null), 409);
        refused(() -> activity.correct(attendance(), "再改", null, true, " "), 400);
        activity.correct(attendance(), "再改", null, true, "核对签到表");
        assertThat(activity.summary).isEqualTo("再改");
    }

    @Test
    void aDisputeUpheldVoidsTheActivityAndADismissedOneKeepsIt() {
        held().dispute(partner, "我方未参加", AFTER);
        assertThat(activity.hasOpenDispute()).isTrue();
        refused(() -> activity.confirm(partner, AFTER), 409);
        activity.resolveDispute(DisputeOutcome.UPHELD, "经核实未开展", AFTER);
        assertThat(activity.isVoided()).isTrue();
        assertThat(activity.isKept()).isFalse();
        refused(() -> activity.resolveDispute(DisputeOutcome.DISMISSED, "再议", AFTER), 409);

        Activity other = Activity.plan(UUID.randomUUID(), "xiangtan-htz", "座谈会", ActivityType.SYMPOSIUM, STARTS,
                STARTS.plusHours(2), null, List.of(lead, partner), STARTS.minusDays(1).toInstant());
        other.hold(attendance(), null, null, AFTER, lead);
        other.dispute(partner, "人数不符", AFTER);
        other.resolveDispute(DisputeOutcome.DISMISSED, "人数核实无误", AFTER);
        assertThat(other.isKept()).isTrue();
    }
}
