package org.gongjian.notification.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * Someone a notice is addressed to. The key identifies them across events:
 * {@code liaison:<org>:<contact id>} (or {@code liaison:<org>:<email or name>} for a contact the register sent without
 * an identity), {@code secretary:<org>}, {@code committee:<district>}, {@code member:<district>:<email>}.
 *
 * @param organizationId {@code null} for the committee
 * @param email          {@code null} when no e-mail is known
 * @param language       {@code zh-CN} or {@code en}
 * @param contactId      the contact's lasting identity in the register, whose account reads the notice; {@code null}
 *                       for secretaries, the committee and contacts without one
 */
public record Recipient(String key, RecipientRole role, String district, UUID organizationId, String name, String email,
        String language, UUID contactId) {

    public Recipient(String key, RecipientRole role, String district, UUID organizationId, String name, String email,
            String language) {
        this(key, role, district, organizationId, name, email, language, null);
    }

    public static Recipient liaison(String district, UUID organizationId, String name, String email, String language) {
        return liaison(district, organizationId, null, name, email, language);
    }

    /** A contact: the same person (and inbox) whatever becomes of the address, two people even when they share one. */
    public static Recipient liaison(String district, UUID organizationId, UUID contactId, String name, String email,
            String language) {
        String normalizedEmail = normalized(email);
        String identity = contactId != null ? contactId.toString() : normalizedEmail != null ? normalizedEmail : name;
        return new Recipient("liaison:" + organizationId + ":" + identity, RecipientRole.LIAISON, district,
                organizationId, name, normalizedEmail, Language.of(language), contactId);
    }

    public static Recipient secretary(String district, UUID organizationId, String name) {
        return secretary(district, organizationId, name, null);
    }

    /** The secretary of an organization; its notices are e-mailed when the register knows the secretary's e-mail. */
    public static Recipient secretary(String district, UUID organizationId, String name, String email) {
        return new Recipient("secretary:" + organizationId, RecipientRole.SECRETARY, district, organizationId, name,
                normalized(email), Language.DEFAULT);
    }

    public static Recipient committee(String district) {
        return new Recipient("committee:" + district, RecipientRole.COMMITTEE, district, null, null, null,
                Language.DEFAULT);
    }

    /** A person of the district committee who receives the daily digest at their own address. */
    public static Recipient committeeMember(String district, String email, String language) {
        String address = normalized(email);
        return new Recipient("member:" + district + ":" + address, RecipientRole.COMMITTEE_MEMBER, district, null, null,
                address, Language.of(language));
    }

    public Recipient withLanguage(String language) {
        return new Recipient(key, role, district, organizationId, name, email, Language.of(language), contactId);
    }

    private static String normalized(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
