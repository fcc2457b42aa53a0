package org.gongjian.pairing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.events.organization.OrganizationDissolved;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.rest.Role;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A district of its own per test: organizations arrive as registry events, tokens for its people. */
public final class Fixtures {

    public final String district = "t" + UUID.randomUUID().toString().substring(0, 8);

    public String admin() {
        return Tokens.user("admin." + district).roles(Role.DISTRICT_ADMIN).district(district).bearer();
    }

    public String secretary(UUID organization) {
        return Tokens.user("secretary." + organization).roles(Role.BRANCH_SECRETARY).district(district)
                .org(organization).bearer();
    }

    public String liaison(UUID organization) {
        return Tokens.user("liaison." + organization).roles(Role.ENTERPRISE_CONTACT).district(district)
                .org(organization).bearer();
    }

    public String reader() {
        return Tokens.user("screen." + district).roles(Role.DASHBOARD_READER).district(district).bearer();
    }

    public static OrganizationSnapshot snapshot(UUID id, String district, String name, Sector sector,
            OrganizationStatus status, long version) {
        return new OrganizationSnapshot(id, district, name, OrganizationKind.BRANCH, sector, null,
                new OrganizationSnapshot.HostUnit(name.replace("党支部", ""), null), null, List.of(),
                new OrganizationSnapshot.Members(5, 1), null, List.of(), status,
                status == OrganizationStatus.DISSOLVED
                        ? new OrganizationSnapshot.Dissolution("企业注销", LocalDate.of(2025, 6, 1)) : null,
                version);
    }

    /** Registers organizations through the registry's topic and waits until the projection holds them all. */
    public UUID[] register(Sector sector, String... names) {
        UUID[] ids = Arrays.stream(names).map(name -> {
            UUID id = UUID.randomUUID();
            KafkaTopics.publish(new OrganizationRegistered(snapshot(id, district, name, sector, OrganizationStatus.ACTIVE, 1)));
            return id;
        }).toArray(UUID[]::new);
        awaitProjected(List.of(ids));
        return ids;
    }

    public UUID organ(String name) {
        return register(Sector.ORGAN, name)[0];
    }

    public UUID enterprise(String name) {
        return register(Sector.NON_PUBLIC_ENTERPRISE, name)[0];
    }

    public static void awaitProjected(List<UUID> ids) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> Organization.count("id in ?1", ids)) == ids.size());
    }

    public void dissolve(UUID id, String name, Sector sector, long version) {
        KafkaTopics.publish(new OrganizationDissolved(snapshot(id, district, name, sector, OrganizationStatus.DISSOLVED,
                version)));
    }

    public static Map<String, Object> pairingBody(String title, String type, UUID lead, UUID... partners) {
        return Map.of(
                "title", title,
                "type", type,
                "leadId", lead.toString(),
                "partnerIds", Arrays.stream(partners).map(UUID::toString).toList(),
                "agreement", Map.of(
                        "goals", List.of("党建引领，助力企业发展"),
                        "commitments", List.of("共建", "共学", "共促", "共享"),
                        "cadence", Map.of("count", 1, "period", "MONTH")),
                "term", Map.of("start", "2025-05-16", "end", "2027-05-15"));
    }

    public ValidatableResponse propose(Object body) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings").then();
    }

    /** Proposes a one-to-one pairing between a fresh organ and a fresh enterprise; returns {pairing, lead, partner}. */
    public UUID[] proposedPair() {
        UUID lead = organ("湘潭高新区纪检监察党支部" + UUID.randomUUID().toString().substring(0, 4));
        UUID partner = enterprise("嘉嘉美党支部" + UUID.randomUUID().toString().substring(0, 4));
        String id = propose(pairingBody("纪检监察党支部与嘉嘉美党支部结对共建", "ONE_TO_ONE", lead, partner))
                .statusCode(201).extract().path("id");
        return new UUID[] {UUID.fromString(id), lead, partner};
    }

    public UUID[] activePair() {
        UUID[] pair = proposedPair();
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .when().post("/api/pairings/" + pair[0] + "/approval").then().statusCode(200);
        return pair;
    }
}
