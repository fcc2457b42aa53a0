package org.gongjian.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sign-in account of a person of the register (a secretary or a contact), made in Keycloak. Gongjian keeps which
 * Keycloak user it is and its state, never a password.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    public String district;
    @Column(name = "organization_id")
    public UUID organizationId;
    public String person;
    public String role;
    public String name;
    public String email;
    @Enumerated(EnumType.STRING)
    public AccountState state;
    @Column(name = "disable_pending")
    public boolean disablePending;
    /** The register's address or name is still to be given to Keycloak ({@code AccountSync}). */
    @Column(name = "profile_pending")
    public boolean profilePending;
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public static Account invited(String userId, Organization organization, Person person) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.userId = userId;
        account.district = organization.district;
        account.organizationId = organization.id;
        account.person = person.key();
        account.role = person.role();
        account.name = person.name();
        account.email = person.email();
        account.state = AccountState.INVITED;
        account.invitedAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.updatedAt = account.invitedAt;
        return account;
    }

    /** The live (invited or active) account of a person, if any. */
    public static Optional<Account> live(UUID organizationId, String person) {
        return find("organizationId = ?1 and person = ?2 and state <> ?3", organizationId, person, AccountState.DISABLED)
                .firstResultOptional();
    }

    public static List<Account> liveOf(UUID organizationId) {
        return list("organizationId = ?1 and state <> ?2", organizationId, AccountState.DISABLED);
    }

    public void activate() {
        state = AccountState.ACTIVE;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The person as the register had them when the account last followed it. */
    public Person person() {
        return new Person(person, name, email, role);
    }

    /** Disabled here at once; Keycloak is told by {@code AccountSync}, which retries while it is unreachable. */
    public void disable() {
        state = AccountState.DISABLED;
        disablePending = true;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
