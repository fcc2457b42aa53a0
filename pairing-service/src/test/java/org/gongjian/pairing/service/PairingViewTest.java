package org.gongjian.pairing.service;

import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A pairing as read: its event's snapshot, and its members (the lead first) with the names the registry published. */
class PairingViewTest {

    @Test
    void membersComeLeadFirstWithTheirNamesAndNoneWhileTheRegistryHasNotTold() {
        Pairing pairing = pairing();
        Organization lead = new Organization();
        lead.id = pairing.leadId;
        lead.name = "纪检监察党支部";
        lead.sector = Sector.ORGAN;

        PairingView view = PairingView.of(pairing, Map.of(lead.id, lead));

        assertThat(view.members()).containsExactly(
                new PairingView.Member(pairing.leadId, "纪检监察党支部", Sector.ORGAN),
                new PairingView.Member(pairing.partnerIds.getFirst(), null, null),
                new PairingView.Member(pairing.partnerIds.getLast(), null, null));
        assertThat(view.pairing()).isEqualTo(PairingSnapshots.of(pairing));
        assertThat(view.activatedOn()).isEqualTo(pairing.activatedOn);
        assertThat(view.createdAt()).isEqualTo(pairing.createdAt);
        assertThat(view.updatedAt()).isEqualTo(pairing.updatedAt);
    }

    @Test
    void theSnapshotDoesNotShareThePairingsLists() {
        Pairing pairing = pairing();
        PairingView view = PairingView.of(pairing, Map.of());

        pairing.partnerIds.add(UUID.randomUUID());
        pairing.goals.add("共促");

        assertThat(view.pairing().partnerIds()).hasSize(2);
        assertThat(view.pairing().agreement().goals()).containsExactly("共学");
    }

    private static Pairing pairing() {
        Pairing pairing = new Pairing();
        pairing.id = UUID.randomUUID();
        pairing.district = "xiangtan-htz";
        pairing.title = "结对共建";
        pairing.type = PairingType.ONE_TO_MANY;
        pairing.leadId = UUID.randomUUID();
        pairing.partnerIds.addAll(List.of(UUID.randomUUID(), UUID.randomUUID()));
        pairing.goals.add("共学");
        pairing.cadenceCount = 1;
        pairing.cadencePeriod = CadencePeriod.QUARTER;
        pairing.termStart = LocalDate.of(2026, 1, 1);
        pairing.status = PairingStatus.ACTIVE;
        pairing.activatedOn = LocalDate.of(2026, 1, 2);
        pairing.createdAt = Instant.parse("2025-12-20T08:00:00Z");
        pairing.updatedAt = pairing.createdAt.plusSeconds(60);
        pairing.version = 1;
        return pairing;
    }
}
