package org.gongjian.pairing.rest;

import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.service.PairingView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A pairing as the API answers it: the snapshot's fields, then what a reader sees beyond it. */
class PairingMapperTest {

    @Test
    void theSnapshotAndTheMembersBecomeTheResponse() {
        UUID lead = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        PairingSnapshot snapshot = new PairingSnapshot(UUID.randomUUID(), "xiangtan-htz", "结对共建",
                PairingType.ONE_TO_ONE, lead, List.of(partner),
                new PairingSnapshot.Agreement(List.of("共学"), List.of("共建"), new PairingSnapshot.Cadence(1,
                        CadencePeriod.MONTH)),
                new PairingSnapshot.Term(LocalDate.of(2026, 1, 1), null), PairingStatus.ACTIVE, null,
                "XIANGTAN-HTZ-2026-001", null, 2);
        Instant created = Instant.parse("2025-12-20T08:00:00Z");
        PairingView view = new PairingView(snapshot, LocalDate.of(2026, 1, 2), null, created, created.plusSeconds(5),
                List.of(new PairingView.Member(lead, "纪检监察党支部", Sector.ORGAN),
                        new PairingView.Member(partner, null, null)));

        PairingResponse response = PairingMapper.response(view);

        assertThat(response).isEqualTo(new PairingResponse(snapshot.id(), "xiangtan-htz", "结对共建",
                PairingType.ONE_TO_ONE, lead, List.of(partner),
                new PairingResponse.Agreement(List.of("共学"), List.of("共建"),
                        new PairingResponse.Cadence(1, CadencePeriod.MONTH)),
                new PairingResponse.Term(LocalDate.of(2026, 1, 1), null), PairingStatus.ACTIVE, null,
                "XIANGTAN-HTZ-2026-001", null, LocalDate.of(2026, 1, 2), null, created, created.plusSeconds(5), 2,
                List.of(new PairingResponse.Member(lead, "纪检监察党支部", Sector.ORGAN),
                        new PairingResponse.Member(partner, null, null))));
    }
}
