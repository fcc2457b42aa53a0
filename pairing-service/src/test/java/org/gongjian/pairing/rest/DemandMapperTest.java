package org.gongjian.pairing.rest;

import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.service.DemandView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A demand as the API answers it: its history only when the view has one (a list's demands have none). */
class DemandMapperTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T01:00:00Z");

    private final DemandSnapshot demand = new DemandSnapshot(UUID.randomUUID(), "xiangtan-htz", UUID.randomUUID(),
            UUID.randomUUID(), "HIRING", "招聘", null, LocalDate.of(2026, 3, 17), DemandStatus.ACCEPTED, null, 1);

    @Test
    void aListedDemandHasNoHistory() {
        DemandResponse response = DemandMapper.response(new DemandView(demand, RAISED, null, true, null));

        assertThat(response.history()).isNull();
        assertThat(response.overdue()).isTrue();
        assertThat(response.status()).isEqualTo(DemandStatus.ACCEPTED);
        assertThat(response.version()).isEqualTo(1);
    }

    @Test
    void aReadDemandCarriesEveryStepInOrder() {
        UUID organization = UUID.randomUUID();
        DemandResponse response = DemandMapper.response(new DemandView(demand, RAISED, null, false, List.of(
                new DemandView.Step(RAISED, "liaison", organization, null, DemandStatus.OPEN, "急需"),
                new DemandView.Step(RAISED.plusSeconds(60), "secretary", null, DemandStatus.OPEN, DemandStatus.ACCEPTED,
                        null))));

        assertThat(response.history()).containsExactly(
                new DemandResponse.Step(RAISED, "liaison", organization, null, DemandStatus.OPEN, "急需"),
                new DemandResponse.Step(RAISED.plusSeconds(60), "secretary", null, DemandStatus.OPEN,
                        DemandStatus.ACCEPTED, null));
    }
}
