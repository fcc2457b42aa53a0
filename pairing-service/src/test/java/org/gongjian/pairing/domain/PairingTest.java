package org.gongjian.pairing.domain;

import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pairing's lifecycle: {@code PROPOSED → ACTIVE → (SUSPENDED ↔ ACTIVE) → CONCLUDED}, {@code PROPOSED → REJECTED}. */
class PairingTest {

    private static final LocalDate LAUNCH_DAY = LocalDate.of(2026, 5, 30);

    @Test
    void approvalActivatesAProposalWithItsPlaqueAndLaunch() {
        Pairing pairing = inStatus(PairingStatus.PROPOSED);
        pairing.statusReason = "awaiting the committee";
        UUID launch = UUID.randomUUID();

        pairing.activate("XT-2026-001", launch, LAUNCH_DAY);

        assertThat(pairing.status).isEqualTo(PairingStatus.ACTIVE);
        assertThat(pairing.plaqueNo).isEqualTo("XT-2026-001");
        assertThat(pairing.launchId).isEqualTo(launch);
        assertThat(pairing.activatedOn).isEqualTo(LAUNCH_DAY);
        assertThat(pairing.statusReason).isNull();
    }

    @Test
    void onlyAProposalCanBeApprovedOrRejected() {
        for (PairingStatus status : List.of(PairingStatus.ACTIVE, PairingStatus.SUSPENDED, PairingStatus.CONCLUDED,
                PairingStatus.REJECTED)) {
            Pairing pairing = inStatus(status);
            assertConflict(() -> pairing.activate("XT-2026-002", null, LAUNCH_DAY));
            assertConflict(() -> pairing.reject("not needed"));
            assertConflict(() -> pairing.requireProposed("edit"));
            assertThat(pairing.status).isEqualTo(status);
            assertThat(pairing.plaqueNo).isNull();
        }
    }

    @Test
    void aRejectedProposalKeepsItsReason() {
        Pairing pairing = inStatus(PairingStatus.PROPOSED);

        pairing.reject("两家单位已在其他结对中");

        assertThat(pairing.status).isEqualTo(PairingStatus.REJECTED);
        assertThat(pairing.statusReason).isEqualTo("两家单位已在其他结对中");
    }

    @Test
    void anActivePairingIsSuspendedWithAReasonAndResumedWithout() {
        Pairing pairing = inStatus(PairingStatus.ACTIVE);

        pairing.suspend("企业停产整顿");
        assertThat(pairing.status).isEqualTo(PairingStatus.SUSPENDED);
        assertThat(pairing.statusReason).isEqualTo("企业停产整顿");
        assertConflict(() -> pairing.suspend("again"));

        pairing.resume();
        assertThat(pairing.status).isEqualTo(PairingStatus.ACTIVE);
        assertThat(pairing.statusReason).isNull();
        assertConflict(pairing::resume);
    }

    @Test
    void anActiveOrSuspendedPairingConcludesAndStaysConcluded() {
        for (PairingStatus status : List.of(PairingStatus.ACTIVE, PairingStatus.SUSPENDED)) {
            Pairing pairing = inStatus(status);

            pairing.conclude("期满", LocalDate.of(2028, 5, 29));

            assertThat(pairing.status).isEqualTo(PairingStatus.CONCLUDED);
            assertThat(pairing.concludedOn).isEqualTo(LocalDate.of(2028, 5, 29));
            assertConflict(() -> pairing.conclude("again", LAUNCH_DAY));
            assertConflict(pairing::resume);
            assertConflict(() -> pairing.suspend("late"));
        }
        assertConflict(() -> inStatus(PairingStatus.PROPOSED).conclude("early", LAUNCH_DAY));
        assertConflict(() -> inStatus(PairingStatus.REJECTED).conclude("never began", LAUNCH_DAY));
    }

    @Test
    void theLeadComesFirstAmongTheMembers() {
        Pairing pairing = inStatus(PairingStatus.ACTIVE);
        UUID lead = pairing.leadId;
        UUID partner = pairing.partnerIds.getFirst();

        assertThat(pairing.memberIds()).containsExactly(lead, partner);
        assertThat(pairing.hasMember(lead)).isTrue();
        assertThat(pairing.hasMember(partner)).isTrue();
        assertThat(pairing.hasMember(UUID.randomUUID())).isFalse();
        assertThat(pairing.hasMember(null)).isFalse();
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.field()).isNull();
        });
    }

    private static Pairing inStatus(PairingStatus status) {
        Pairing pairing = new Pairing();
        pairing.id = UUID.randomUUID();
        pairing.leadId = UUID.randomUUID();
        pairing.partnerIds.add(UUID.randomUUID());
        pairing.status = status;
        return pairing;
    }
}
