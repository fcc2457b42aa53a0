package org.gongjian.pairing.domain;

import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairingRulesTest {

    private final Organization organ = organization(Sector.ORGAN, "d1");
    private final Organization firm = organization(Sector.NON_PUBLIC_ENTERPRISE, "d1");
    private final Organization association = organization(Sector.SOCIAL_ORGANIZATION, "d1");

    @Test
    void anAllianceTakesMembersOfAnySectorAsEquals() {
        assertThatCode(() -> PairingRules.checkMembers("d1", PairingType.ALLIANCE, firm.id,
                List.of(organ.id, association.id), known())).doesNotThrowAnyException();
    }

    @Test
    void aOneToManyPairingIsLedByAnOrganWithNonOrganPartners() {
        assertThatThrownBy(() -> PairingRules.checkMembers("d1", PairingType.ONE_TO_MANY, firm.id,
                List.of(association.id, organ.id), known())).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("leadId"));
        assertThatThrownBy(() -> PairingRules.checkMembers("d2", PairingType.ONE_TO_ONE, organ.id,
                List.of(firm.id), known())).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("leadId"));
    }

    @Test
    void shapesAndTerms() {
        assertThatThrownBy(() -> PairingRules.checkShape(PairingType.ALLIANCE, organ.id, List.of(firm.id)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("partnerIds"));
        assertThatThrownBy(() -> PairingRules.checkShape(PairingType.ONE_TO_MANY, organ.id, List.of(firm.id, firm.id)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("partnerIds[1]"));
        assertThatThrownBy(() -> PairingRules.checkTerm(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("term.end"));
        assertThatCode(() -> PairingRules.checkTerm(LocalDate.of(2025, 1, 1), null)).doesNotThrowAnyException();
    }

    @Test
    void theSameMembersGiveTheSameKeyWhateverTheOrder() {
        org.assertj.core.api.Assertions.assertThat(Pairing.memberKey(organ.id, List.of(firm.id, association.id)))
                .isEqualTo(Pairing.memberKey(firm.id, List.of(association.id, organ.id)));
    }

    private Map<UUID, Organization> known() {
        return Map.of(organ.id, organ, firm.id, firm, association.id, association);
    }

    private static Organization organization(Sector sector, String district) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.district = district;
        organization.name = sector.name();
        organization.sector = sector;
        organization.status = OrganizationStatus.ACTIVE;
        return organization;
    }
}
