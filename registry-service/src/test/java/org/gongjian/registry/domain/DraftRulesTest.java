package org.gongjian.registry.domain;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.ProblemException.Field;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftRulesTest {

    private static OrganizationDraft enterprise(String creditCode, List<Contact> contacts, Integer fullMembers,
            LocalDate foundedOn) {
        return new OrganizationDraft("湘潭嘉嘉美党支部", OrganizationKind.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, null,
                "湘潭嘉嘉美食品有限公司", creditCode, "李明", "13807320001", "liming@jiajiamei.cn", contacts, fullMembers, 2,
                foundedOn, List.of("五星级党支部"));
    }

    private static List<String> fields(OrganizationDraft draft) {
        return DraftRules.check(draft).stream().map(Field::field).toList();
    }

    @Test
    void aCompleteEnterpriseBreaksNoRule() {
        assertThat(DraftRules.check(enterprise("91350100M000100Y43",
                List.of(new Contact("王芳", "0731-58888888", "wangfang@jiajiamei.cn", "zh-CN")), 12, LocalDate.of(2018, 7, 1))))
                .isEmpty();
    }

    @Test
    void anEnterpriseNeedsAValidCreditCode() {
        assertThat(fields(enterprise(null, List.of(), 12, null))).containsExactly("hostUnit.creditCode");
        assertThat(fields(enterprise("91350100M000100Y44", List.of(), 12, null))).containsExactly("hostUnit.creditCode");
    }

    @Test
    void everyBrokenContactFieldIsNamedByItsIndex() {
        List<Contact> contacts = new java.util.ArrayList<>();
        contacts.add(new Contact("王芳", "12345", "not-an-address", "fr"));
        contacts.add(null);
        assertThat(fields(enterprise("91350100M000100Y43", contacts, 12, null)))
                .containsExactly("contacts[0].phone", "contacts[0].email", "contacts[0].language", "contacts[1]");
    }

    @Test
    void memberCountsAreRequiredAndPlausible() {
        assertThat(fields(enterprise("91350100M000100Y43", List.of(), null, null))).containsExactly("members.full");
        assertThat(fields(enterprise("91350100M000100Y43", List.of(), -1, null))).containsExactly("members.full");
        assertThat(fields(enterprise("91350100M000100Y43", List.of(), 1_000_001, null))).containsExactly("members.full");
    }

    @Test
    void anOrganizationIsNotFoundedInTheFuture() {
        assertThat(fields(enterprise("91350100M000100Y43", List.of(), 12, DraftRules.today().plusDays(1))))
                .containsExactly("foundedOn");
    }

    @Test
    void tooManyContactsOrHonoursAreRefused() {
        List<Contact> many = Collections.nCopies(21, new Contact("王芳", null, null, null));
        assertThat(fields(enterprise("91350100M000100Y43", many, 12, null))).containsExactly("contacts");
    }
}
