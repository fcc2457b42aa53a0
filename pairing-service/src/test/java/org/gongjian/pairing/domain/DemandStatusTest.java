package org.gongjian.pairing.domain;

import org.gongjian.events.demand.DemandStatus;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A demand's states: {@code OPEN → ACCEPTED → RESOLVED}, or {@code REJECTED}; overdue while unanswered. */
class DemandStatusTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void anOpenDemandIsAcceptedThenResolvedWithHowAndWhen() {
        Demand demand = inStatus(DemandStatus.OPEN);

        demand.accept();
        assertThat(demand.status).isEqualTo(DemandStatus.ACCEPTED);

        demand.resolve("已协调园区提供场地", LocalDate.of(2026, 6, 20));
        assertThat(demand.status).isEqualTo(DemandStatus.RESOLVED);
        assertThat(demand.resolution).isEqualTo("已协调园区提供场地");
        assertThat(demand.answeredOn).isEqualTo(LocalDate.of(2026, 6, 20));
    }

    @Test
    void anOpenDemandMayBeResolvedOrRejectedWithoutBeingAcceptedFirst() {
        Demand resolved = inStatus(DemandStatus.OPEN);
        resolved.resolve("当场解决", DUE);
        assertThat(resolved.status).isEqualTo(DemandStatus.RESOLVED);

        Demand rejected = inStatus(DemandStatus.OPEN);
        rejected.reject("不属于结对共建范围", DUE);
        assertThat(rejected.status).isEqualTo(DemandStatus.REJECTED);
        assertThat(rejected.resolution).isEqualTo("不属于结对共建范围");
        assertThat(rejected.answeredOn).isEqualTo(DUE);
    }

    @Test
    void onlyAnOpenDemandCanBeAccepted() {
        for (DemandStatus status : List.of(DemandStatus.ACCEPTED, DemandStatus.RESOLVED, DemandStatus.REJECTED)) {
            Demand demand = inStatus(status);
            assertConflict(demand::accept);
            assertThat(demand.status).isEqualTo(status);
        }
    }

    @Test
    void anAnsweredDemandCannotBeAnsweredAgain() {
        for (DemandStatus status : List.of(DemandStatus.RESOLVED, DemandStatus.REJECTED)) {
            Demand demand = inStatus(status);
            demand.resolution = "first answer";
            assertConflict(() -> demand.resolve("second answer", DUE));
            assertConflict(() -> demand.reject("second answer", DUE));
            assertThat(demand.status).isEqualTo(status);
            assertThat(demand.resolution).isEqualTo("first answer");
        }
    }

    @Test
    void anUnansweredDemandIsOverdueFromTheDayAfterItsDueDate() {
        for (DemandStatus status : List.of(DemandStatus.OPEN, DemandStatus.ACCEPTED)) {
            Demand demand = inStatus(status);
            assertThat(demand.isOverdue(DUE)).isFalse();
            assertThat(demand.isOverdue(DUE.plusDays(1))).isTrue();
        }
        for (DemandStatus status : List.of(DemandStatus.RESOLVED, DemandStatus.REJECTED)) {
            assertThat(inStatus(status).isOverdue(DUE.plusDays(30))).isFalse();
        }
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    private static Demand inStatus(DemandStatus status) {
        Demand demand = new Demand();
        demand.status = status;
        demand.dueOn = DUE;
        return demand;
    }
}
