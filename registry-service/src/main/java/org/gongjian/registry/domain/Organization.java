package org.gongjian.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.ProblemException.Field;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A party organization (党组织) of one district. Never deleted: a dissolved one stays on the register. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("registry");

    @Id
    public UUID id;
    public String district;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "host_unit_name")
    public String hostUnitName;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "secretary_name")
    public String secretaryName;
    @Column(name = "secretary_phone")
    public String secretaryPhone;
    @Column(name = "secretary_email")
    public String secretaryEmail;
    /** The Keycloak user id of the secretary's account, made from the register; {@code null} while there is none. */
    @Column(name = "secretary_account")
    public String secretaryAccount;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();
    @Column(name = "members_full")
    public int fullMembers;
    @Column(name = "members_probationary")
    public int probationaryMembers;
    @Column(name = "founded_on")
    public LocalDate foundedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> honours = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;
    @Column(name = "dissolution_reason")
    public String dissolutionReason;
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** A new, active organization of a district, from a draft the rules have accepted. */
    public static Organization register(String district, OrganizationDraft draft) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.district = district;
        organization.status = OrganizationStatus.ACTIVE;
        organization.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        organization.apply(draft);
        organization.touch();
        return organization;
    }

    /** Takes over everything a draft states. */
    public void apply(OrganizationDraft draft) {
        name = draft.name();
        kind = draft.kind();
        sector = draft.sector();
        parentId = draft.parentId();
        hostUnitName = draft.hostUnitName();
        creditCode = draft.creditCode();
        applyContacts(draft);
        applyMembers(draft);
        foundedOn = draft.foundedOn();
        honours = new ArrayList<>(draft.honours());
    }

    /** What a branch secretary may change of its own organization: secretary and contacts. */
    public void applyContacts(OrganizationDraft draft) {
        if (!Objects.equals(secretaryName, draft.secretaryName())) {
            secretaryAccount = null; // another person holds the post: the account was the previous secretary's
        }
        secretaryName = draft.secretaryName();
        secretaryPhone = draft.secretaryPhone();
        secretaryEmail = draft.secretaryEmail();
        contacts = new ArrayList<>(ContactIdentities.keep(contacts, draft.contacts()));
    }

    /** The contacts of {@code before} that this organization no longer has. */
    public List<Contact> contactsRemovedSince(List<Contact> before) {
        return ContactIdentities.removed(before, contacts);
    }

    public Optional<Contact> contact(UUID contactId) {
        return contacts.stream().filter(contact -> contactId.equals(contact.id())).findFirst();
    }

    /** Binds (or, with {@code null}, unbinds) the account of a contact. */
    public void bindContactAccount(UUID contactId, String account) {
        contacts = new ArrayList<>(contacts.stream()
                .map(contact -> contactId.equals(contact.id()) ? contact.withAccount(account) : contact)
                .toList());
    }

    /** Unbinds every account: a dissolved organization's people no longer sign in for it. */
    public void unbindAccounts() {
        secretaryAccount = null;
        contacts = new ArrayList<>(contacts.stream().map(contact -> contact.withAccount(null)).toList());
    }

    /** What a branch secretary may change of its own organization: the member counts. */
    public void applyMembers(OrganizationDraft draft) {
        fullMembers = draft.fullMembers();
        probationaryMembers = draft.probationaryMembers();
    }

    /** Refuses any change once the organization is dissolved. */
    public void requireActive() {
        if (!isActive()) {
            throw RuleViolation.conflict(TEXTS.message("organization.dissolved", dissolvedOn));
        }
    }

    /** Dissolves the organization for a reason (at most 500 characters) on a day between its founding and today. */
    public void dissolve(String reason, LocalDate on, LocalDate today) {
        requireActive();
        List<Field> broken = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            broken.add(DraftRules.broken("reason", "draft.required"));
        } else if (reason.length() > 500) {
            broken.add(DraftRules.broken("reason", "draft.at-most-characters", 500));
        }
        if (on == null) {
            broken.add(DraftRules.broken("dissolvedOn", "draft.required"));
        } else if (on.isAfter(today)) {
            broken.add(DraftRules.broken("dissolvedOn", "draft.future"));
        } else if (foundedOn != null && on.isBefore(foundedOn)) {
            broken.add(DraftRules.broken("dissolvedOn", "dissolution.before-founding", foundedOn));
        }
        RuleViolation.rejectAnyBroken(broken);
        status = OrganizationStatus.DISSOLVED;
        dissolutionReason = reason.trim();
        dissolvedOn = on;
        touch();
    }

    /** Refuses an account for a person of a dissolved organization: only an active organization's people get one. */
    public void requireAccountsAllowed() {
        if (!isActive()) {
            throw RuleViolation.conflict(TEXTS.message("account.dissolved"));
        }
    }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    /** Records that the organization changed now. */
    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
