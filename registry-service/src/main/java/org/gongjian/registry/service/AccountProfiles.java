package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.Person;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account follows the register: when the address or the name of a secretary or contact who has an account
 * changes, Keycloak is told before the change is saved. An address another person's account already has (a shared
 * mailbox) refuses the change with 409 naming the field. Keycloak unreachable does not hold the register up: the
 * account is marked and {@link AccountSync} tells Keycloak later. Should the register's transaction roll back after
 * Keycloak took the change, Keycloak gets the previous values back.
 */
@ApplicationScoped
class AccountProfiles {

    private static final Logger LOG = Logger.getLogger(AccountProfiles.class);

    private final KeycloakUsers keycloak;
    private final TransactionSynchronizationRegistry transactions;

    AccountProfiles(KeycloakUsers keycloak, TransactionSynchronizationRegistry transactions) {
        this.keycloak = keycloak;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    void afterUpdate(Organization organization) {
        for (Account account : Account.liveOf(organization.id)) {
            current(organization, account).ifPresent(person -> follow(account, person.person(), person.field()));
        }
    }

    private void follow(Account account, Person person, String field) {
        boolean emailChanged = person.email() != null && !person.email().equalsIgnoreCase(account.email);
        if (!emailChanged && Objects.equals(person.name(), account.name)) {
            return;
        }
        Person before = account.person();
        try {
            if (!keycloak.updateProfile(account.userId, person.email(), person.givenName(), person.familyName())) {
                throw new AccountEmailTakenException(field, person.email());
            }
            transactions.registerInterposedSynchronization(new Undo(account.userId, before));
        } catch (KeycloakUnavailableException e) {
            // the register does not wait for Keycloak: AccountSync tells it once it answers
            account.profilePending = true;
        }
        account.name = person.name();
        if (emailChanged) {
            account.email = person.email();
        }
        account.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        LOG.infof("Keycloak user %s follows the register's %s of organization %s", account.userId, person.key(),
                account.organizationId);
    }

    /** The account's person as the register now has them, and the request's field for their address. */
    private static Optional<Located> current(Organization organization, Account account) {
        if (Person.SECRETARY.equals(account.person)) {
            return organization.secretaryName == null ? Optional.empty()
                    : Optional.of(new Located(Person.secretary(organization), "secretary.email"));
        }
        List<Contact> contacts = organization.contacts;
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.id() != null && contact.id().toString().equals(account.person)) {
                return Optional.of(new Located(Person.contact(contact), "contacts[" + i + "].email"));
            }
        }
        return Optional.empty();
    }

    private record Located(Person person, String field) {
    }

    /** Gives Keycloak the previous address and name back when the register's change did not commit. */
    private final class Undo implements Synchronization {

        private final String userId;
        private final Person before;

        Undo(String userId, Person before) {
            this.userId = userId;
            this.before = before;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                return;
            }
            try {
                keycloak.updateProfile(userId, before.email(), before.givenName(), before.familyName());
            } catch (RuntimeException e) {
                LOG.warnf("Keycloak user %s keeps the address and name of a change that was not saved: %s", userId,
                        e.getMessage());
            }
        }
    }
}
