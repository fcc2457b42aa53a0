package org.gongjian.resilience;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventAccountingTest {

    private static final String ORGANIZATIONS = "gongjian.registry.organization";
    private static final String DEMANDS = "gongjian.pairing.demand";

    @Test
    void anEventAppliedByEveryConsumerOfItsTopicIsConsumedAndNotLost() {
        UUID org = UUID.randomUUID();
        UUID demand = UUID.randomUUID();
        EventAccounting.Result r = EventAccounting.account(
                List.of(new EventAccounting.OutboxRow(org, ORGANIZATIONS, true), new EventAccounting.OutboxRow(demand, DEMANDS, true)),
                Map.of("activity.organizations", Set.of(org), "notification.organizations", Set.of(org),
                        "pairing.organizations", Set.of(org), "notification.demands", Set.of(demand)));
        assertThat(r).isEqualTo(new EventAccounting.Result(2, 0, 4, 4, 0, 0));
        assertThat(r.complete()).isTrue();
    }

    @Test
    void anEventOneConsumerNeverAppliedIsLost() {
        UUID org = UUID.randomUUID();
        EventAccounting.Result r = EventAccounting.account(List.of(new EventAccounting.OutboxRow(org, ORGANIZATIONS, true)),
                Map.of("activity.organizations", Set.of(org), "pairing.organizations", Set.of(org)));
        assertThat(r.lost()).isEqualTo(1);
        assertThat(r.consumed()).isEqualTo(2);
        assertThat(r.expected()).isEqualTo(3);
        assertThat(r.complete()).isFalse();
    }

    @Test
    void anUnsentRowIsUndrainedAndAnIdNoOutboxExplainsIsUnknown() {
        UUID unsent = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        EventAccounting.Result r = EventAccounting.account(List.of(new EventAccounting.OutboxRow(unsent, DEMANDS, false)),
                Map.of("notification.demands", Set.of(stranger)));
        assertThat(r.undrained()).isEqualTo(1);
        assertThat(r.published()).isZero();
        assertThat(r.unknown()).isEqualTo(1);
        assertThat(r.complete()).isFalse();
    }
}
