package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongjian.events.activity.ActivitySnapshot.Attendance;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.organization.OrganizationSnapshot.Members;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.junit.jupiter.api.Test;

/** The records refuse what the schemas refuse, so that a producer cannot build an invalid event. */
class SnapshotRulesTest {

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new Members(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("members.full");
        assertThatThrownBy(() -> new Attendance(UUID.randomUUID(), 1, 0, -2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cadenceNeedsAtLeastOneActivityPerPeriod() {
        assertThatThrownBy(() -> new PairingSnapshot.Cadence(0, CadencePeriod.QUARTER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairingNeedsPartnersOtherThanItsLead() {
        PairingSnapshot pairing = SampleEvents.pairing(PairingStatus.ACTIVE, null);

        assertThat(pairing.memberIds()).containsExactly(SampleEvents.ORGAN_BRANCH, SampleEvents.ENTERPRISE);
        assertThatThrownBy(() -> new PairingSnapshot(pairing.id(), pairing.district(), pairing.title(),
                pairing.type(), pairing.leadId(), List.of(pairing.leadId()), pairing.agreement(), pairing.term(),
                pairing.status(), null, null, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairingSnapshot(pairing.id(), pairing.district(), pairing.title(),
                pairing.type(), pairing.leadId(), List.of(), pairing.agreement(), pairing.term(),
                pairing.status(), null, null, null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cadencePeriodEndIsExclusiveAndAfterItsStart() {
        LocalDate june = LocalDate.of(2025, 6, 1);
        List<UUID> members = List.of(SampleEvents.ORGAN_BRANCH, SampleEvents.ENTERPRISE);

        assertThatThrownBy(() -> new CadencePeriodSnapshot(SampleEvents.PAIRING, SampleEvents.DISTRICT, members,
                june, june, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CadencePeriodSnapshot(SampleEvents.PAIRING, SampleEvents.DISTRICT, members,
                june, june.plusMonths(1), 1, 2, 1).periodEnd()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void listsAreImmutableCopiesAndNeverNull() {
        List<String> goals = new ArrayList<>(List.of("共建清廉企业"));
        var agreement = new PairingSnapshot.Agreement(goals, null, new PairingSnapshot.Cadence(1, CadencePeriod.MONTH));
        goals.add("后来加的");

        assertThat(agreement.goals()).containsExactly("共建清廉企业");
        assertThat(agreement.commitments()).isEmpty();
        assertThatThrownBy(() -> agreement.goals().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mandatoryFieldsAreNamedWhenMissing() {
        assertThatThrownBy(() -> new PairingSnapshot.Term(null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("term.start");
    }
}
