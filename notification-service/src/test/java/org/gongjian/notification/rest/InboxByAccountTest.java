package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationSnapshot.Contact;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.rest.Role;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A liaison's inbox belongs to the person: the account the register made for a contact (bound on the organization's
 * events) finds the contact's notices, not an e-mail string.
 */
@QuarkusTest
class InboxByAccountTest {

    @Inject
    Projections projections;

    @Inject
    EntityManager entityManager;

    private static OrganizationSnapshot enterprise(String district, UUID id, long version, Contact... contacts) {
        return new OrganizationSnapshot(id, district, "华菱线缆党支部", OrganizationKind.BRANCH, Sector.STATE_ENTERPRISE, null,
                new OrganizationSnapshot.HostUnit("湖南华菱线缆股份有限公司", null),
                new OrganizationSnapshot.Secretary("何书记", "13800000000"), List.of(contacts),
                new OrganizationSnapshot.Members(12, 1), LocalDate.of(2015, 7, 1), List.of(), OrganizationStatus.ACTIVE,
                null, version);
    }

    private static Contact contact(UUID id, String name, String email, String account) {
        return new Contact(name, "13900000000", email, "zh-CN", id, account);
    }

    private static String liaison(String username, UUID organizationId, String district, String email) {
        return Tokens.user(username).roles(Role.ENTERPRISE_CONTACT).district(district).org(organizationId).email(email)
                .bearer();
    }

    /** Like {@link Inboxes#awaitNotices}, with room for a machine loaded by other builds. */
    private static List<Map<String, Object>> awaitNotices(String bearer, String type, UUID subjectId, int count) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Inboxes.notices(bearer, type, subjectId).size() >= count);
        return Inboxes.notices(bearer, type, subjectId);
    }

    private static List<Map<String, Object>> about(String bearer, UUID subject) {
        return Inboxes.notices(bearer).stream()
                .filter(notice -> subject.toString().equals(((Map<?, ?>) notice.get("subject")).get("id")))
                .toList();
    }

    @Test
    void theAccountFindsItsNoticesWhateverTheCaseOrTheAddressBecomes() {
        String district = Fixtures.district();
        UUID contactId = UUID.randomUUID();
        String account = Tokens.subjectOf("chen.account");
        OrganizationSnapshot organ = Fixtures.organization(district, "区财政局党支部", Sector.ORGAN, "孙书记");
        OrganizationSnapshot enterprise = enterprise(district, UUID.randomUUID(), 1,
                contact(contactId, "陈静", "Chen.Jing@Example.CN", account));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "财政局与华菱线缆结对共建", PairingStatus.ACTIVE, 2, organ.id(),
                enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));

        // the token's address differs in case from the register's: the account finds the notice all the same
        String me = liaison("chen.account", enterprise.id(), district, "chen.jing@example.cn");
        awaitNotices(me, "PAIRING_ACTIVATED", pairing.id(), 1);

        // the register changes the contact's address; the person, and the account, stay
        KafkaTopics.publish(new OrganizationUpdated(enterprise(district, enterprise.id(), 2,
                contact(contactId, "陈静", "chen.new@example.cn", account))));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM organization WHERE id IN (:ids) AND version = 2", List.of(enterprise.id())) == 1);
        KafkaTopics.publish(new PairingSuspended(Fixtures.next(pairing, PairingStatus.SUSPENDED)));
        awaitNotices(me, "PAIRING_SUSPENDED", pairing.id(), 1);
        assertThat(Inboxes.notices(me, "PAIRING_ACTIVATED", pairing.id())).as("the notice to the old address").hasSize(1);
        // and a token carrying the new address, or none, is the same person
        assertThat(about(liaison("chen.account", enterprise.id(), district, "chen.new@example.cn"), pairing.id()))
                .hasSize(2);
        assertThat(about(liaison("chen.account", enterprise.id(), district, null), pairing.id()))
                .hasSize(2);

        // another account of the organization, carrying the same address, is not this person
        assertThat(about(liaison("someone.else", enterprise.id(), district, "chen.new@example.cn"), pairing.id())).isEmpty();
    }

    @Test
    void twoPeopleSharingOneMailboxEachHaveTheirOwnNotices() {
        String district = Fixtures.district();
        String office = Fixtures.email("office");
        OrganizationSnapshot organ = Fixtures.organization(district, "区税务局党支部", Sector.ORGAN, "钱书记");
        OrganizationSnapshot enterprise = enterprise(district, UUID.randomUUID(), 1,
                contact(UUID.randomUUID(), "李红", office, Tokens.subjectOf("li.hong")),
                contact(UUID.randomUUID(), "周明", office.toUpperCase(), Tokens.subjectOf("zhou.ming")));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "税务局与华菱线缆结对共建", PairingStatus.ACTIVE, 2, organ.id(),
                enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));

        String li = liaison("li.hong", enterprise.id(), district, office);
        String zhou = liaison("zhou.ming", enterprise.id(), district, office);
        List<Map<String, Object>> liNotices = awaitNotices(li, "PAIRING_ACTIVATED", pairing.id(), 1);
        List<Map<String, Object>> zhouNotices = awaitNotices(zhou, "PAIRING_ACTIVATED", pairing.id(), 1);
        assertThat(liNotices.getFirst().get("id")).isNotEqualTo(zhouNotices.getFirst().get("id"));

        // one signs for their own notice; the other's still waits for its receipt
        given().header("Authorization", li).when().post("/api/notifications/" + liNotices.getFirst().get("id") + "/receipt")
                .then().statusCode(200).body("acknowledgedAt", notNullValue());
        given().header("Authorization", zhou).when().post("/api/notifications/" + liNotices.getFirst().get("id") + "/receipt")
                .then().statusCode(404);
        assertThat(Inboxes.notices(zhou, "PAIRING_ACTIVATED", pairing.id()).getFirst().get("acknowledgedAt")).isNull();
    }

    @Test
    void noticesAddressedBeforeContactsHadAnIdentityFollowTheContact() throws Exception {
        String district = Fixtures.district();
        String address = Fixtures.email("legacy");
        OrganizationSnapshot organ = Fixtures.organization(district, "区商务局党支部", Sector.ORGAN, "吴书记");
        // an organization as the register announced it before contacts had ids
        OrganizationSnapshot enterprise = enterprise(district, UUID.randomUUID(), 1,
                new Contact("郑伟", "13900000000", address, "zh-CN"));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "商务局与华菱线缆结对共建", PairingStatus.ACTIVE, 2, organ.id(),
                enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        awaitNotices(liaison("by.address", enterprise.id(), district, address), "PAIRING_ACTIVATED", pairing.id(), 1);

        runMigrationDataSteps();

        // the register's next event names the contact by the id its own migration derived, with the account made since
        UUID derived = UUID.fromString(md5Uuid(enterprise.id() + ":0"));
        KafkaTopics.publish(new OrganizationUpdated(enterprise(district, enterprise.id(), 2,
                contact(derived, "郑伟", address, Tokens.subjectOf("zheng.wei")))));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM organization WHERE id IN (:ids) AND version = 2", List.of(enterprise.id())) == 1);
        assertThat(Inboxes.notices(liaison("zheng.wei", enterprise.id(), district, "another@example.cn"),
                "PAIRING_ACTIVATED", pairing.id())).as("the old notice follows the contact to the account").hasSize(1);
    }

    /** V10_4's statements after its schema change, as they run on a database holding notices from before. */
    private void runMigrationDataSteps() throws Exception {
        String script;
        try (var in = getClass().getResourceAsStream("/db/migration/V10_4__notices_follow_the_contact.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> statements = java.util.Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip).filter(statement -> !statement.isEmpty())
                .filter(statement -> !statement.startsWith("ALTER TABLE") && !statement.startsWith("CREATE INDEX"))
                .toList();
        assertThat(statements).hasSize(4);
        QuarkusTransaction.requiringNew().run(() -> statements.forEach(statement ->
                entityManager.createNativeQuery(statement).executeUpdate()));
    }

    private static String md5Uuid(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(digest);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }
}
