package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.Jwts;
import org.gongjian.e2e.support.Mailbox;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Users;
import org.gongjian.stack.LocalStack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What everything else stands on: the infrastructure is up, and Keycloak issues tokens with the claims the services read. */
@Order(1)
@ExtendWith(PlatformStack.class)
class InfrastructureE2E {

    @Test
    void keycloakIssuesACommitteeTokenWithIssuerAudienceRoleAndDistrict() {
        LocalStack stack = PlatformStack.stack();
        JsonNode claims = Jwts.claims(Users.token(Users.COMMITTEE));

        assertThat(claims.path("iss").asText()).isEqualTo(stack.issuer());
        assertThat(Json.texts(claims.path("aud"))).contains("gongjian-api");
        assertThat(Json.texts(claims.path("realm_access").path("roles"))).contains("district-admin");
        assertThat(claims.path("district").asText()).isEqualTo("xiangtan-htz");
        assertThat(claims.path("preferred_username").asText()).isEqualTo(Users.COMMITTEE);
        assertThat(Jwts.header(Users.token(Users.COMMITTEE)).path("alg").asText()).isEqualTo("RS256");
    }

    @Test
    void aLiaisonTokenNamesItsOrganizationAndEmail() {
        JsonNode claims = Jwts.claims(Users.token(Users.liaison("jiajiamei")));

        assertThat(Json.texts(claims.path("realm_access").path("roles"))).contains("enterprise-contact");
        assertThat(claims.path("email").asText()).isEqualTo("liaison.jiajiamei@gongjian.test");
        assertThat(UUID.fromString(claims.path("org").asText())).isNotNull();
    }

    @Test
    void theCityAccountReadsEveryDistrictAndHasNoDistrictOfItsOwn() {
        JsonNode claims = Jwts.claims(Users.token(Users.CITY));

        assertThat(Json.texts(claims.path("realm_access").path("roles"))).contains("city-admin");
        assertThat(claims.has("district")).isFalse();
    }

    @Test
    void postgresHoldsTheFourServiceDatabasesInUtf8() throws Exception {
        for (String db : new String[]{"registry", "pairing", "activity", "notification"}) {
            try (Connection c = DriverManager.getConnection(PlatformStack.stack().jdbcUrl(db), "gongjian", "gongjian");
                 var rs = c.createStatement().executeQuery("SHOW server_encoding")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as(db).isEqualTo("UTF8");
            }
        }
    }

    @Test
    void kafkaHasOneBrokerUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformStack.stack().kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void greenMailAnswersAndHasNoMailYetForAnUnknownAddress() {
        assertThat(Mailbox.of("nobody-" + UUID.randomUUID() + "@gongjian.test")).isEmpty();
    }

    @Test
    void everyServiceAndTheGatewayAreReadyOnTheirManagementInterface() throws Exception {
        PlatformStack.assumeServices();
        HttpClient client = HttpClient.newHttpClient();
        for (String service : PlatformStack.SERVICES) {
            String url = PlatformStack.stack().config().managementUrl(service) + "/q/health/ready";
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(url + " " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void noManagementEndpointAnswersOnAPublicPort() throws Exception {
        PlatformStack.assumeServices();
        HttpClient client = HttpClient.newHttpClient();
        for (String service : PlatformStack.SERVICES) {
            for (String path : java.util.List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                String url = PlatformStack.stack().serviceUrl(service) + path;
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(url).isEqualTo(404);
            }
        }
    }
}
