package org.gongjian.events.organization;

import static org.gongjian.events.Snapshots.listOf;
import static org.gongjian.events.Snapshots.nonNegative;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A party organization (党组织) as it is after the change: the data of every organization event.
 *
 * @param id           the organization
 * @param district     the district (tenant) it belongs to
 * @param name         its full name, e.g. 湖南华菱线缆股份有限公司党委
 * @param kind         committee, general branch or branch
 * @param sector       the sector of its host unit
 * @param parentId     the parent organization; {@code null} at the top of the district's hierarchy
 * @param hostUnit     the company or agency it sits in
 * @param secretary    its secretary; {@code null} while the post is vacant
 * @param contacts     liaison contacts who receive notices; empty when there are none
 * @param members      counts of members
 * @param foundedOn    founding date; {@code null} when unknown
 * @param honours      honour levels, e.g. 一级示范党组织; empty when there are none
 * @param status       active or dissolved
 * @param dissolution  why and when it was dissolved; {@code null} while active
 * @param version      the aggregate version after the change, increasing by one with every change
 */
public record OrganizationSnapshot(
        UUID id,
        String district,
        String name,
        OrganizationKind kind,
        Sector sector,
        UUID parentId,
        HostUnit hostUnit,
        Secretary secretary,
        List<Contact> contacts,
        Members members,
        LocalDate foundedOn,
        List<String> honours,
        OrganizationStatus status,
        Dissolution dissolution,
        long version) {

    public OrganizationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(hostUnit, "hostUnit");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(status, "status");
        contacts = listOf(contacts);
        honours = listOf(honours);
        nonNegative(version, "version");
    }

    /**
     * The company or agency an organization sits in.
     *
     * @param name       its registered name
     * @param creditCode its 18-character unified social credit code (统一社会信用代码, GB 32100-2015),
     *                   upper case; {@code null} when the unit has none on record
     */
    public record HostUnit(String name, String creditCode) {
        public HostUnit {
            Objects.requireNonNull(name, "hostUnit.name");
        }
    }

    /**
     * @param name    the secretary's name
     * @param phone   a phone number as entered; {@code null} when unknown
     * @param email   where the secretary's notices are e-mailed; {@code null} when unknown (and from producers that
     *                do not know it yet)
     * @param account the sign-in account (the Keycloak user id, the token's {@code sub}) made for the secretary from
     *                the register; {@code null} while there is none or it is disabled
     */
    public record Secretary(String name, String phone, String email, String account) {
        public Secretary {
            Objects.requireNonNull(name, "secretary.name");
        }

        /** A secretary without an account. */
        public Secretary(String name, String phone, String email) {
            this(name, phone, email, null);
        }

        /** A secretary without a known e-mail. */
        public Secretary(String name, String phone) {
            this(name, phone, null, null);
        }
    }

    /**
     * A liaison contact (联络人), who receives notices.
     *
     * @param name     the contact's name
     * @param phone    {@code null} when unknown
     * @param email    {@code null} when unknown
     * @param language preferred language as a BCP 47 tag, {@code zh-CN} or {@code en};
     *                 {@code null} means the default, {@code zh-CN}
     * @param id       the contact's lasting identity in the register: it stays when the name, phone or e-mail
     *                 change; {@code null} from producers that do not know it yet
     * @param account  the sign-in account (the Keycloak user id, the token's {@code sub}) made for this contact from
     *                 the register; {@code null} while there is none or it is disabled
     */
    public record Contact(String name, String phone, String email, String language, UUID id, String account) {
        public Contact {
            Objects.requireNonNull(name, "contact.name");
        }

        /** A contact without a known identity or account. */
        public Contact(String name, String phone, String email, String language) {
            this(name, phone, email, language, null, null);
        }
    }

    /**
     * @param full         full members (正式党员), at least 0
     * @param probationary probationary members (预备党员), at least 0
     */
    public record Members(int full, int probationary) {
        public Members {
            nonNegative(full, "members.full");
            nonNegative(probationary, "members.probationary");
        }
    }

    /**
     * @param reason      why it was dissolved
     * @param dissolvedOn the date it was dissolved
     */
    public record Dissolution(String reason, LocalDate dissolvedOn) {
        public Dissolution {
            Objects.requireNonNull(reason, "dissolution.reason");
            Objects.requireNonNull(dissolvedOn, "dissolution.dissolvedOn");
        }
    }
}
