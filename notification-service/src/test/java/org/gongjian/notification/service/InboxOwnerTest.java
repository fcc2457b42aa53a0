package org.gongjian.notification.service;

import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whose inbox a token reads, and under which key its preferences are kept. */
class InboxOwnerTest {

    private static final String DISTRICT = "xiangtan-htz";
    private final UUID org = UUID.randomUUID();
    private final UUID own = UUID.randomUUID();
    private final UUID others = UUID.randomUUID();

    @Test
    void onlyTheCommitteeReadsAnInboxWithoutAnOrganization() {
        assertThat(InboxOwner.of(RecipientRole.COMMITTEE, DISTRICT, null, null).district()).isEqualTo(DISTRICT);
        for (RecipientRole role : List.of(RecipientRole.SECRETARY, RecipientRole.LIAISON)) {
            assertThatThrownBy(() -> InboxOwner.of(role, DISTRICT, null, "tang@example.cn"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void aCommitteePersonWithAnAddressKeepsPreferencesOfTheirOwnElseTheCommittees() {
        InboxOwner member = InboxOwner.of(RecipientRole.COMMITTEE, DISTRICT, null, "  Zhang.Wei@Example.CN ");
        assertThat(member.email()).isEqualTo("zhang.wei@example.cn");
        assertThat(member.preferenceKey()).isEqualTo("member:" + DISTRICT + ":zhang.wei@example.cn");
        assertThat(InboxOwner.of(RecipientRole.COMMITTEE, DISTRICT, null, " ").preferenceKey())
                .isEqualTo("committee:" + DISTRICT);
        assertThat(InboxOwner.of(RecipientRole.SECRETARY, DISTRICT, org, "li@example.cn").preferenceKey())
                .isEqualTo("secretary:" + org);
    }

    @Test
    void aLiaisonBoundToAContactReadsThatContactsNoticesWhateverTheAddress() {
        InboxOwner bound = InboxOwner.of(RecipientRole.LIAISON, DISTRICT, org, "tang@example.cn", List.of(own),
                List.of(own, others));
        assertThat(bound.condition().parameters()).containsEntry("contacts", List.of(own)).doesNotContainKey("email");
        assertThat(bound.preferenceKey()).isEqualTo("liaison:" + org + ":" + own);
    }

    @Test
    void anUnboundLiaisonReadsByTheAddressOfItsTokenButNeverAnotherAccountsContact() {
        InboxOwner unbound = InboxOwner.of(RecipientRole.LIAISON, DISTRICT, org, "Tang@Example.cn", List.of(),
                List.of(others));
        assertThat(unbound.condition().parameters())
                .containsEntry("email", "tang@example.cn").containsEntry("others", List.of(others));
        assertThat(unbound.preferenceKey()).isEqualTo("liaison:" + org + ":tang@example.cn");
        assertThat(unbound.withPreferencesOf(List.of(own)).preferenceKey()).isEqualTo("liaison:" + org + ":" + own);
    }

    @Test
    void aLiaisonWithoutAddressOrContactReadsTheOrganizationsLiaisonNoticesButKeepsNoPreferences() {
        InboxOwner anonymous = InboxOwner.of(RecipientRole.LIAISON, DISTRICT, org, null);
        assertThat(anonymous.condition().parameters()).containsEntry("org", org).doesNotContainKeys("email", "contacts");
        assertThatThrownBy(anonymous::preferenceKey)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Preferences need the e-mail address of your account");
                });
    }
}
