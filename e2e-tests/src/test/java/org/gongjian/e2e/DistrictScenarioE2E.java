package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.Jwts;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Reply;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.World;
import org.gongjian.stack.DemoData;
import org.gongjian.stack.KeycloakAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gongjian.stack.Seed004;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Users.COMMITTEE;

/**
 * The scenario every release must carry (DOMAIN.md, seed 004, Xiangtan High-tech Zone), through the gateway with
 * tokens from Keycloak. Steps run in order and build on each other; {@link World} keeps what they created.
 * Step 1 registers the organizations; the notices, activities, demand and dashboard steps are in
 * {@link DistrictLifeE2E}, which runs right after this class.
 */
@Order(2)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictScenarioE2E {

    static final String DISTRICT = Seed004.DISTRICT;

    @BeforeAll
    void servicesRun() {
        PlatformStack.assumeServices();
    }

    @Test
    @Order(1)
    void theCommitteeRegistersNineOrganAndTwelveEnterpriseOrganizations() {
        Api committee = Api.as(COMMITTEE);
        for (Seed004.Org org : Seed004.ORGANIZATIONS) {
            Reply r = committee.post("/api/organizations", DemoData.organizationJson(org)).expect(201);
            JsonNode o = r.json();
            assertThat(o.path("name").asText()).isEqualTo(org.name());
            assertThat(o.path("district").asText()).isEqualTo(DISTRICT);
            assertThat(o.path("sector").asText()).isEqualTo(org.sector());
            assertThat(o.path("status").asText()).isEqualTo("ACTIVE");
            World.ORGANIZATIONS.put(org.key(), r.id());
        }

        JsonNode all = committee.get("/api/organizations?size=200").expect(200).json();
        assertThat(all.path("total").asInt()).isEqualTo(21);
        assertThat(Json.items(all).stream().map(o -> o.path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(Seed004.ORGANIZATIONS.stream().map(Seed004.Org::name).toList());
        JsonNode found = committee.get("/api/organizations?q=" + enc("民生药业")).expect(200).json();
        assertThat(Json.items(found)).extracting(o -> o.path("id").asText()).containsExactly(World.org("minsheng"));
    }

    @Test
    @Order(2)
    void secretariesAndLiaisonsActForTheirOrganizationsOnceKeycloakKnowsTheirIds() {
        DemoData.pointUsersAtOrganizations(PlatformStack.stack(), World.ORGANIZATIONS);
        KeycloakAdmin admin = KeycloakAdmin.of(PlatformStack.stack());
        for (Seed004.Org org : enterprises()) {
            // the realm has five liaisons; the scenario needs all twelve
            admin.ensureUser(Users.liaison(org.key()), Users.PASSWORD, org.contactEmail(), DISTRICT,
                    World.org(org.key()), "enterprise-contact");
        }
        Users.forgetTokens();

        for (Seed004.Org org : enterprises()) {
            JsonNode claims = Jwts.claims(Users.token(Users.liaison(org.key())));
            assertThat(claims.path("org").asText()).as(org.key()).isEqualTo(World.org(org.key()));
            assertThat(claims.path("email").asText()).isEqualTo(org.contactEmail());
        }
        for (String key : List.of("jijian", "bangongshi", "chuangye", "jiajiamei", "minsheng", "yongfei")) {
            assertThat(Jwts.claims(Users.token(Users.secretary(key))).path("org").asText()).isEqualTo(World.org(key));
        }
    }

    @Test
    @Order(3)
    void theCommitteeProposesPairingsThatCoverAllTwelveEnterprises() {
        Api committee = Api.as(COMMITTEE);
        LocalDate termStart = Scenario.today().withDayOfMonth(1).minusMonths(2);
        for (Seed004.PairingSeed p : Seed004.PAIRINGS) {
            ObjectNode body = DemoData.pairingJson(p, World.ORGANIZATIONS, termStart);
            // pairing-service learns of the organizations from registry-service's events
            Reply r = Eventually.answers(() -> committee.post("/api/pairings", body), 201);
            JsonNode pairing = r.json();
            assertThat(pairing.path("status").asText()).isEqualTo("PROPOSED");
            assertThat(pairing.path("type").asText()).isEqualTo(p.type());
            assertThat(pairing.path("leadId").asText()).isEqualTo(World.org(p.lead()));
            assertThat(Json.texts(pairing.path("partnerIds")))
                    .containsExactlyElementsOf(p.partners().stream().map(World::org).toList());
            World.PAIRINGS_BY_LEAD.put(p.lead(), r.id());
        }
        JsonNode alliance = committee.get("/api/pairings/" + World.pairingLedBy("zonghe")).expect(200).json();
        assertThat(alliance.path("type").asText()).isEqualTo("ALLIANCE");
        assertThat(1 + alliance.path("partnerIds").size()).as("units in the alliance").isEqualTo(3);
        assertThat(committee.get("/api/pairings/" + World.pairingLedBy("chuangye")).json().path("partnerIds").size())
                .as("partners of one organ branch").isEqualTo(3);
    }

    @Test
    @Order(4)
    void theLaunchCeremonyActivatesEveryPairingAndAwardsPlaques() {
        Api committee = Api.as(COMMITTEE);
        ObjectNode launch = Json.object().put("title", Seed004.LAUNCH_TITLE).put("heldOn", Scenario.today().toString());
        launch.set("pairingIds", Json.array(World.PAIRINGS_BY_LEAD.values()));
        committee.post("/api/launches", launch).expect(201);

        HashSet<String> plaques = new HashSet<>();
        for (String id : World.PAIRINGS_BY_LEAD.values()) {
            JsonNode pairing = committee.get("/api/pairings/" + id).expect(200).json();
            assertThat(pairing.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(pairing.path("plaqueNo").asText()).isNotBlank();
            plaques.add(pairing.path("plaqueNo").asText());
        }
        assertThat(plaques).as("one plaque per pairing").hasSize(Seed004.PAIRINGS.size());
    }

    @Test
    @Order(5)
    void coverageIsTwelveOfTwelveEnterprises() {
        Eventually.holds(() -> {
            JsonNode coverage = Api.as(COMMITTEE).get("/api/pairings/coverage").expect(200).json();
            assertThat(coverage.path("district").asText()).isEqualTo(DISTRICT);
            assertThat(coverage.path("twoNewTotal").asInt()).isEqualTo(12);
            assertThat(coverage.path("twoNewPaired").asInt()).isEqualTo(12);
            assertThat(coverage.path("rate").asDouble()).isEqualTo(1.0);
            assertThat(coverage.path("unpaired").size()).isZero();
            assertThat(coverage.path("pairingsByStatus").path("ACTIVE").asInt()).isEqualTo(9);
            Map<String, Integer> partners = new java.util.HashMap<>();
            coverage.path("organs").forEach(o -> partners.put(o.path("id").asText(), o.path("partners").asInt()));
            assertThat(partners.get(World.org("chuangye"))).isEqualTo(3);
            assertThat(partners.get(World.org("jijian"))).isEqualTo(1);
        });
    }

    static List<Seed004.Org> enterprises() {
        return Seed004.ORGANIZATIONS.stream().filter(Seed004.Org::enterprise).toList();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
