package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.OrganizationDraft;
import org.gongjian.rest.ProblemException.Field;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which organization may be a parent: an active one of the same district that is not a branch. */
class HierarchyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 30);

    private static Organization organization(String district, OrganizationKind kind) {
        return Organization.register(district, new OrganizationDraft("湘潭永飞党委", kind, Sector.NON_PUBLIC_ENTERPRISE,
                null, "湘潭永飞科技有限公司", "91350100M000100Y43", null, null, null, List.of(), 8, 1, null, List.of()));
    }

    private static String refusal(Optional<Field> problem) {
        assertThat(problem).isPresent();
        assertThat(problem.get().field()).isEqualTo("parentId");
        return problem.get().message().in(Locale.ENGLISH);
    }

    @Test
    void anActiveCommitteeOrGeneralBranchOfTheDistrictIsAParent() {
        assertThat(Hierarchy.problem(organization("xiangtan-htz", OrganizationKind.PARTY_COMMITTEE), "xiangtan-htz")).isEmpty();
        assertThat(Hierarchy.problem(organization("xiangtan-htz", OrganizationKind.GENERAL_BRANCH), "xiangtan-htz"))
                .isEmpty();
    }

    @Test
    void noneOfAnotherDistrictNorOneThatIsNotThere() {
        assertThat(refusal(Hierarchy.problem(organization("yuhu", OrganizationKind.PARTY_COMMITTEE), "xiangtan-htz")))
                .isEqualTo("is not an organization of your district");
        assertThat(refusal(Hierarchy.problem(null, "xiangtan-htz"))).isEqualTo("is not an organization of your district");
    }

    @Test
    void neitherADissolvedOrganizationNorABranch() {
        Organization dissolved = organization("xiangtan-htz", OrganizationKind.PARTY_COMMITTEE);
        dissolved.dissolve("合并", TODAY, TODAY);
        assertThat(refusal(Hierarchy.problem(dissolved, "xiangtan-htz"))).isEqualTo("is dissolved");
        assertThat(refusal(Hierarchy.problem(organization("xiangtan-htz", OrganizationKind.BRANCH), "xiangtan-htz")))
                .isEqualTo("is a branch, which has no sub-organizations");
    }
}
