package org.gongjian.registry.domain;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Problem.FieldError;
import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 30);

    private static Organization founded(LocalDate on) {
        return Organization.register("xiangtan-htz", new OrganizationDraft("湘潭永飞党支部", OrganizationKind.BRANCH,
                Sector.NON_PUBLIC_ENTERPRISE, null, "湘潭永飞科技有限公司", "91350100M000100Y43", null, null, null, List.of(),
                8, 1, on, List.of()));
    }

    @Test
    void dissolvingRecordsTheReasonAndTheDay() {
        Organization organization = founded(LocalDate.of(2019, 3, 1));
        organization.dissolve("  企业注销  ", LocalDate.of(2026, 5, 1), TODAY);
        assertThat(organization.status).isEqualTo(OrganizationStatus.DISSOLVED);
        assertThat(organization.dissolutionReason).isEqualTo("企业注销");
        assertThat(organization.dissolvedOn).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aDissolutionNeedsAReasonAndADayBetweenTheFoundingAndToday() {
        Organization organization = founded(LocalDate.of(2019, 3, 1));
        assertThatThrownBy(() -> organization.dissolve(" ", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason", "dissolvedOn"));
        assertThatThrownBy(() -> organization.dissolve("企业注销", TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> organization.dissolve("企业注销", LocalDate.of(2019, 2, 28), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.getMessage()).contains("2019-03-01"));
        assertThat(organization.isActive()).isTrue();
    }

    @Test
    void aDissolvedOrganizationChangesNoMore() {
        Organization organization = founded(null);
        organization.dissolve("合并", TODAY, TODAY);
        assertThatThrownBy(organization::requireActive)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> organization.dissolve("合并", TODAY, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void onlyAnActiveOrganizationsPeopleGetAccounts() {
        Organization organization = founded(null);
        organization.requireAccountsAllowed();
        organization.dissolve("合并", TODAY, TODAY);
        assertThatThrownBy(organization::requireAccountsAllowed).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).isEqualTo("A dissolved organization's people get no accounts");
        });
    }
}
