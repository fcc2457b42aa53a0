package org.gongjian.notification;

import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationSnapshot.Contact;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Snapshots as the other services publish them, with fresh ids, and tokens of the people who read notices. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A district of its own, so that a test's committee inbox holds only its notices. */
    public static String district() {
        return "xt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }

    public static OrganizationSnapshot organization(String district, String name, Sector sector, String secretary,
            Contact... contacts) {
        return new OrganizationSnapshot(UUID.randomUUID(), district, name, OrganizationKind.BRANCH, sector, null,
                new OrganizationSnapshot.HostUnit(name.replace("党支部", ""), null),
                secretary == null ? null : new OrganizationSnapshot.Secretary(secretary, "13800000000"),
                List.of(contacts), new OrganizationSnapshot.Members(12, 1), LocalDate.of(2015, 7, 1), List.of(),
                OrganizationStatus.ACTIVE, null, 1);
    }

    public static Contact liaison(String name, String email) {
        return new Contact(name, "13900000000", email, null);
    }

    public static Contact liaison(String name, String email, String language) {
        return new Contact(name, "13900000000", email, language);
    }

    public static PairingSnapshot pairing(String district, String title, PairingStatus status, long version, UUID lead,
            UUID... partners) {
        return new PairingSnapshot(UUID.randomUUID(), district, title,
                partners.length == 1 ? PairingType.ONE_TO_ONE : PairingType.ONE_TO_MANY, lead, List.of(partners),
                new PairingSnapshot.Agreement(List.of("党建引领发展"), List.of("每季度开展一次联学活动"),
                        new PairingSnapshot.Cadence(1, CadencePeriod.QUARTER)),
                new PairingSnapshot.Term(LocalDate.of(2024, 5, 16), null), status, null,
                status == PairingStatus.ACTIVE ? "HTZ-2024-001" : null, null, version);
    }

    /** The same pairing in another state, one version later. */
    public static PairingSnapshot next(PairingSnapshot pairing, PairingStatus status) {
        return new PairingSnapshot(pairing.id(), pairing.district(), pairing.title(), pairing.type(), pairing.leadId(),
                pairing.partnerIds(), pairing.agreement(), pairing.term(), status, pairing.statusReason(),
                pairing.plaqueNo(), pairing.launchId(), pairing.version() + 1);
    }

    public static ActivitySnapshot activity(String district, UUID pairingId, String title, OffsetDateTime startsAt,
            UUID... participants) {
        return new ActivitySnapshot(UUID.randomUUID(), district, pairingId, title, ActivityType.SYMPOSIUM, startsAt,
                startsAt.plusHours(2), "高新区党群服务中心", List.of(participants), ActivityStatus.PLANNED, List.of(), null,
                null, null, null, null, 1);
    }

    public static String liaisonToken(UUID organizationId, String district, String email) {
        return Tokens.user("liaison").roles(Role.ENTERPRISE_CONTACT).district(district).org(organizationId).email(email)
                .bearer();
    }

    public static String secretaryToken(UUID organizationId, String district) {
        return Tokens.user("secretary." + organizationId).roles("branch-secretary").district(district)
                .org(organizationId).bearer();
    }

    public static String committeeToken(String district) {
        return Tokens.user("admin.zhang").roles("district-admin").district(district).bearer();
    }
}
