package org.gongjian.notification.service;

import org.gongjian.notification.domain.Recipient;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Whose inbox a logged-in person reads, from their token:
 * <ul>
 * <li>{@code district-admin}: the district committee's notices of the token's district;</li>
 * <li>{@code enterprise-contact}: the notices addressed to the contacts of the token's {@code org} that the register
 * bound to this account (the token's {@code sub}): the person's own, whatever the address was or is and whoever
 * shares it;</li>
 * <li>{@code branch-secretary}: the secretary notices of the token's {@code org}, plus those of contacts bound to the
 * account.</li>
 * </ul>
 * An account the register did not make (no contact bound to it) falls back to the e-mail of its token, compared
 * without regard to case: the contact of the token's {@code org} with that address, unless that contact has an account
 * of its own; without an e-mail in the token, every liaison notice of that org.
 */
public record InboxOwner(RecipientRole role, String district, UUID organizationId, String email, List<UUID> contacts,
        List<UUID> othersContacts, UUID preferencesContact) {

    /** The impossible contact id, so that {@code not in} has something to compare with. */
    private static final UUID NOBODY = new UUID(0, 0);
    private static final Texts TEXTS = Texts.of("notification");

    public InboxOwner(RecipientRole role, String district, UUID organizationId, String email, List<UUID> contacts,
            List<UUID> othersContacts) {
        this(role, district, organizationId, email, contacts, othersContacts, null);
    }

    public InboxOwner {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        othersContacts = othersContacts == null || othersContacts.isEmpty() ? List.of(NOBODY) : List.copyOf(othersContacts);
    }

    public static InboxOwner of(RecipientRole role, String district, UUID organizationId, String email) {
        return of(role, district, organizationId, email, List.of(), List.of());
    }

    /**
     * @param boundContacts  the contacts of the organization the register bound to this account
     * @param othersContacts the contacts of the organization bound to any account: their notices are theirs alone
     */
    public static InboxOwner of(RecipientRole role, String district, UUID organizationId, String email,
            List<UUID> boundContacts, List<UUID> othersContacts) {
        String normalized = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        if (role != RecipientRole.COMMITTEE && organizationId == null) {
            throw ProblemException.forbidden(ProblemTitles.detail("no-organization"));
        }
        return new InboxOwner(role, district, organizationId, normalized, boundContacts, othersContacts);
    }

    /** The same inbox, whose preferences are those of the first of these contacts (the one its address names). */
    public InboxOwner withPreferencesOf(List<UUID> addressed) {
        return addressed.isEmpty() ? this
                : new InboxOwner(role, district, organizationId, email, contacts, othersContacts, addressed.getFirst());
    }

    /** A JPQL condition over {@code Notice} selecting this inbox, and its parameters. */
    public Condition condition() {
        return switch (role) {
            case COMMITTEE -> new Condition("recipientRole = :role and district = :district",
                    Map.of("role", RecipientRole.COMMITTEE, "district", district));
            case SECRETARY -> !contacts.isEmpty()
                    ? new Condition("organizationId = :org and (recipientRole = :role or contactId in :contacts)",
                            Map.of("org", organizationId, "role", RecipientRole.SECRETARY, "contacts", contacts))
                    : email == null
                    ? new Condition("organizationId = :org and recipientRole = :role",
                            Map.of("org", organizationId, "role", RecipientRole.SECRETARY))
                    : new Condition("organizationId = :org and (recipientRole = :role or recipientEmail = :email"
                            + " and (contactId is null or contactId not in :others))",
                            Map.of("org", organizationId, "role", RecipientRole.SECRETARY, "email", email,
                                    "others", othersContacts));
            case LIAISON -> !contacts.isEmpty()
                    ? new Condition("organizationId = :org and recipientRole = :role and contactId in :contacts",
                            Map.of("org", organizationId, "role", RecipientRole.LIAISON, "contacts", contacts))
                    : email == null
                    ? new Condition("organizationId = :org and recipientRole = :role"
                            + " and (contactId is null or contactId not in :others)",
                            Map.of("org", organizationId, "role", RecipientRole.LIAISON, "others", othersContacts))
                    : new Condition("organizationId = :org and recipientRole = :role and recipientEmail = :email"
                            + " and (contactId is null or contactId not in :others)",
                            Map.of("org", organizationId, "role", RecipientRole.LIAISON, "email", email,
                                    "others", othersContacts));
            case COMMITTEE_MEMBER -> throw new IllegalStateException("No inbox is a committee member's");
        };
    }

    /**
     * The recipient key their preferences are kept under: a committee person's own when the account has an e-mail
     * address (the daily digest goes there), else the committee's of the district.
     */
    public String preferenceKey() {
        return switch (role) {
            case COMMITTEE -> email == null ? Recipient.committee(district).key()
                    : Recipient.committeeMember(district, email, null).key();
            case SECRETARY -> Recipient.secretary(district, organizationId, null).key();
            case LIAISON -> {
                if (!contacts.isEmpty() || preferencesContact != null) {
                    UUID contact = contacts.isEmpty() ? preferencesContact : contacts.getFirst();
                    yield Recipient.liaison(district, organizationId, contact, null, email, null).key();
                }
                if (email == null) {
                    throw ProblemException.conflict(TEXTS.message("inbox.preferences-need-email"));
                }
                yield Recipient.liaison(district, organizationId, null, email, null).key();
            }
            case COMMITTEE_MEMBER -> throw new IllegalStateException("No inbox is a committee member's");
        };
    }

    public record Condition(String jpql, Map<String, Object> parameters) {
    }
}
