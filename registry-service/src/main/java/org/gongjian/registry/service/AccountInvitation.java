package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.Person;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Invites a person of the register to sign in: Keycloak makes the user (bound to the district, the organization and
 * the person) and e-mails its own invitation to set a password and confirm the address. Inviting again the same
 * person sends the invitation again to the same user. When Keycloak fails on the way, the user this request made is
 * removed again and nothing is recorded (503).
 */
@ApplicationScoped
public class AccountInvitation {

    private static final Texts TEXTS = Texts.of("registry");

    private static final Logger LOG = Logger.getLogger(AccountInvitation.class);

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final KeycloakUsers keycloak;

    AccountInvitation(EntityManager entityManager, OutboxWriter outbox, KeycloakUsers keycloak) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.keycloak = keycloak;
    }

    /** The account after the invitation, and whether this invitation made it. */
    public record Invited(AccountView account, boolean created) {
    }

    @Transactional
    @WithSpan
    public Invited invite(Caller caller, UUID organizationId, String personKey) {
        // one invitation per organization at a time: two clicks at once make one user
        Organization organization = entityManager.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null || !Scope.canRead(caller, organization)) {
            throw Scope.notFound(organizationId);
        }
        if (!Scope.canKeepContacts(caller, organization)) {
            throw ProblemException.forbidden(TEXTS.message("access.invite"));
        }
        organization.requireAccountsAllowed();
        Person person = person(organization, personKey);
        if (person.email() == null) {
            throw ProblemException.invalid("email", TEXTS.message("account.no-email", person.name()));
        }
        Optional<Account> live = Account.live(organizationId, person.key());
        if (live.isPresent()) {
            return new Invited(AccountView.of(again(live.get())), false);
        }
        String binding = person.binding(organizationId);
        Optional<String> earlier = keycloak.findByPerson(binding); // made by a try that failed before recording it
        String userId = earlier.orElseGet(() -> create(organization, person, binding));
        try {
            keycloak.grantRealmRole(userId, person.role());
            keycloak.sendInvitation(userId);
        } catch (KeycloakUnavailableException e) {
            if (earlier.isEmpty()) {
                keycloak.deleteQuietly(userId);
            }
            throw e;
        }
        Account account = Account.invited(userId, organization, person);
        account.persist();
        if (person.isSecretary()) {
            organization.secretaryAccount = userId;
        } else {
            organization.bindContactAccount(person.contactId(), userId);
        }
        organization.touch();
        entityManager.flush();
        outbox.append(new OrganizationUpdated(OrganizationSnapshots.of(organization)));
        LOG.infof("Invited %s of organization %s as %s (Keycloak user %s)", person.key(), organizationId, person.role(), userId);
        return new Invited(AccountView.of(account), true);
    }

    /** An invited person is invited again (Keycloak e-mails a fresh link); an active one is left as it is. */
    private Account again(Account account) {
        if (account.state == org.gongjian.registry.domain.AccountState.INVITED) {
            keycloak.sendInvitation(account.userId);
        }
        return account;
    }

    private String create(Organization organization, Person person, String binding) {
        String email = person.email().toLowerCase(Locale.ROOT);
        return keycloak.create(email, email, person.givenName(), person.familyName(), organization.district,
                organization.id.toString(), binding)
                .orElseThrow(() -> new AccountEmailTakenException("email", email));
    }

    private static Person person(Organization organization, String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid("person", TEXTS.message("account.person-required"));
        }
        if (Person.SECRETARY.equals(key)) {
            if (organization.secretaryName == null) {
                throw ProblemException.invalid("person", TEXTS.message("account.no-secretary"));
            }
            return Person.secretary(organization);
        }
        UUID contactId;
        try {
            contactId = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("person", TEXTS.message("account.person"));
        }
        return organization.contact(contactId).map(Person::contact)
                .orElseThrow(() -> ProblemException.invalid("person", TEXTS.message("account.not-a-contact")));
    }
}
