package org.gongjian.notification.service;

import org.gongjian.notification.domain.Recipient;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.ProblemException;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Whose inbox a logged-in person reads, from their token:
 * <ul>
 * <li>{@code district-admin}: the district committee's notices of the token's district;</li>
 * <li>{@code branch-secretary}: the secretary notices of the token's {@code org}, plus any addressed to a contact of
 * that org whose e-mail is the token's {@code email};</li>
 * <li>{@code enterprise-contact}: notices addressed to the contact of the token's {@code org} whose e-mail is the
 * token's {@code email} (not the secretary's notices, should the secretary share that address); without an e-mail in
 * the token, every liaison notice of that org.</li>
 * </ul>
 */
public record InboxOwner(RecipientRole role, String district, UUID organizationId, String email) {

    public static InboxOwner of(RecipientRole role, String district, UUID organizationId, String email) {
        String normalized = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        if (role != RecipientRole.COMMITTEE && organizationId == null) {
            throw ProblemException.forbidden("Your account acts for no organization");
        }
        return new InboxOwner(role, district, organizationId, normalized);
    }

    /** A JPQL condition over {@code Notice} selecting this inbox, and its parameters. */
    public Condition condition() {
        return switch (role) {
            case COMMITTEE -> new Condition("recipientRole = :role and district = :district",
                    Map.of("role", RecipientRole.COMMITTEE, "district", district));
            case SECRETARY -> email == null
                    ? new Condition("organizationId = :org and recipientRole = :role",
                            Map.of("org", organizationId, "role", RecipientRole.SECRETARY))
                    : new Condition("organizationId = :org and (recipientRole = :role or recipientEmail = :email)",
                            Map.of("org", organizationId, "role", RecipientRole.SECRETARY, "email", email));
            case LIAISON -> email == null
                    ? new Condition("organizationId = :org and recipientRole = :role",
                            Map.of("org", organizationId, "role", RecipientRole.LIAISON))
                    : new Condition("organizationId = :org and recipientRole = :role and recipientEmail = :email",
                            Map.of("org", organizationId, "role", RecipientRole.LIAISON, "email", email));
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
                if (email == null) {
                    throw ProblemException.conflict("Preferences need the e-mail address of your account");
                }
                yield Recipient.liaison(district, organizationId, null, email, null).key();
            }
            case COMMITTEE_MEMBER -> throw new IllegalStateException("No inbox is a committee member's");
        };
    }

    public record Condition(String jpql, Map<String, Object> parameters) {
    }
}
