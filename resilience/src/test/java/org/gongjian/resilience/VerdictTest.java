package org.gongjian.resilience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    private static PlatformLedger.Snapshot clean() {
        return new PlatformLedger.Snapshot(new EventAccounting.Result(10, 0, 25, 25, 0, 0), 0, 0, 0, 0,
                new DeliveryAccounting.Result(4, 4, 0, 0), new DeliveryAccounting.Result(3, 3, 0, 0), 0);
    }

    @Test
    void aQuietCleanPlatformWithOnlyTheDocumented503HasNoProblem() {
        RequestTally t = new RequestTally();
        t.record(200, 1);
        t.record(503, 1);
        assertThat(Verdict.problems(clean(), t, 0, true, 0)).isEmpty();
    }

    @Test
    void everyKindOfLossDuplicateOrLeakIsNamed() {
        PlatformLedger.Snapshot s = new PlatformLedger.Snapshot(new EventAccounting.Result(10, 2, 25, 22, 3, 0), 1, 1, 1, 1,
                new DeliveryAccounting.Result(4, 5, 2, 1), new DeliveryAccounting.Result(3, 3, 1, 2), 4);
        RequestTally t = new RequestTally();
        t.record(500, 1);
        t.record(401, 1);
        assertThat(Verdict.problems(s, t, 3, false, 0)).containsExactly(
                "never quiet",
                "2 outbox rows not published",
                "3 events not applied by every consumer",
                "1 projection rows behind their owner's version",
                "1 notices doubled",
                "1 deliveries (e-mail, webhook) still pending",
                "1 deliveries (e-mail, webhook) given up",
                "2 e-mails delivered twice",
                "1 e-mails sent but not in the mailbox",
                "1 webhook requests acknowledged twice for one event",
                "2 webhook deliveries marked sent but never acknowledged by the receiver",
                "1 records dead-lettered",
                "1 requests with a valid token refused as unauthenticated",
                "1 answers neither a success, a 4xx nor the documented 503");
    }

    @Test
    void onlyTheRequestsInFlightOnAKilledGatewayMayGoUnanswered() {
        RequestTally t = new RequestTally();
        t.record(200, 1);
        t.record(RequestTally.NO_ANSWER, 1);
        t.record(RequestTally.NO_ANSWER, 1);

        assertThat(Verdict.problems(clean(), t, 0, true, 2)).isEmpty();
        assertThat(Verdict.problems(clean(), t, 0, true, 1))
                .containsExactly("1 answers neither a success, a 4xx nor the documented 503");
        assertThat(Verdict.problems(clean(), t, 0, true, 0))
                .containsExactly("2 answers neither a success, a 4xx nor the documented 503");
    }
}
