package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.Person;

import java.util.List;
import java.util.Objects;

/**
 * A person who leaves the register loses the account: a contact removed, a secretary replaced by another person, or
 * the whole organization dissolved. The account is disabled in the same transaction as the change; Keycloak is told
 * by {@link AccountSync}, which keeps trying while Keycloak is unreachable, so the register never waits for it.
 */
@ApplicationScoped
class AccountRetirement {

    @Transactional(Transactional.TxType.MANDATORY)
    void afterUpdate(Organization organization, List<Contact> contactsBefore, String secretaryBefore) {
        for (Contact removed : organization.contactsRemovedSince(contactsBefore)) {
            if (removed.id() != null) {
                Account.live(organization.id, removed.id().toString()).ifPresent(Account::disable);
            }
        }
        if (!Objects.equals(secretaryBefore, organization.secretaryName)) {
            Account.live(organization.id, Person.SECRETARY).ifPresent(Account::disable);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void afterDissolution(Organization organization) {
        Account.liveOf(organization.id).forEach(Account::disable);
        organization.unbindAccounts();
    }
}
