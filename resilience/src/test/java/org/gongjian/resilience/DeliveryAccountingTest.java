package org.gongjian.resilience;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryAccountingTest {

    @Test
    void oneMessagePerSentDeliveryIsNeitherDoubledNorLost() {
        assertThat(DeliveryAccounting.account(Map.of("a@x", 2L, "b@x", 1L), Map.of("a@x", 2L, "b@x", 1L)))
                .isEqualTo(new DeliveryAccounting.Result(3, 3, 0, 0));
    }

    @Test
    void aSecondCopyIsADuplicateAndAMissingOneALoss() {
        DeliveryAccounting.Result r = DeliveryAccounting.account(Map.of("a@x", 1L, "b@x", 2L), Map.of("a@x", 2L, "c@x", 1L));
        assertThat(r.duplicates()).isEqualTo(2); // a second copy to a@x, and one to c@x that was never sent
        assertThat(r.lost()).isEqualTo(2);       // both to b@x
    }

    @Test
    void aWebhookEventAcknowledgedTwiceIsADuplicateAndOneNeverAcknowledgedALoss() {
        DeliveryAccounting.Result r = DeliveryAccounting.account(Map.of("e1", 1L, "e2", 1L, "e3", 1L),
                Map.of("e1", 1L, "e2", 2L));
        assertThat(r).isEqualTo(new DeliveryAccounting.Result(3, 3, 1, 1));
    }

    @Test
    void mailKeptFromBeforeARestartAddsUp() {
        assertThat(DeliveryAccounting.plus(Map.of("a@x", 2L), Map.of("a@x", 1L, "b@x", 1L)))
                .isEqualTo(Map.of("a@x", 3L, "b@x", 1L));
    }
}
