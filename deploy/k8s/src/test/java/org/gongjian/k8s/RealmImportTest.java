package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The production realm is the development realm without its demo parts, and with production safeguards. */
class RealmImportTest {

    private final JsonNode development = read();
    private final JsonNode realmImport = Manifests.ofKind(Manifests.rendered(Manifests.k8s().resolve("base")),
            "KeycloakRealmImport").get(0);
    private final JsonNode production = realmImport.at("/spec/realm");

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Manifests.root().resolve("deploy/keycloak/gongjian-realm.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    @Test
    void hasNoUsersAndNoPasswordGrant() {
        assertThat(production.path("users")).as("only the service account that makes accounts from the register")
                .allSatisfy(u -> assertThat(u.path("serviceAccountClientId").asText()).isEqualTo("gongjian-accounts"));
        production.path("users").forEach(u -> {
            assertThat(u.has("credentials")).isFalse();
            assertThat(u.has("realmRoles")).isFalse();
            assertThat(u.path("clientRoles").path("realm-management")).hasSize(3);
            assertThat(u.path("clientRoles").size()).isEqualTo(1);
        });
        assertThat(production.path("clients").findValues("directAccessGrantsEnabled"))
                .allSatisfy(v -> assertThat(v.asBoolean()).isFalse());
        assertThat(clientIds(production)).doesNotContain("gongjian-cli");
        assertThat(production.toString()).doesNotContain("DEV-ONLY").doesNotContain("DEVELOPMENT")
                .doesNotContain("localhost");
    }

    @Test
    void keepsTheRolesClientsAndClaimsTheServicesRelyOn() {
        assertThat(production.path("realm").asText()).isEqualTo(development.path("realm").asText());
        assertThat(production.path("roles")).isEqualTo(development.path("roles"));
        assertThat(production.path("components")).isEqualTo(development.path("components"));
        List<String> expected = new ArrayList<>(clientIds(development));
        expected.remove("gongjian-cli");
        assertThat(clientIds(production)).containsExactlyElementsOf(expected);
        for (JsonNode client : production.path("clients")) {
            JsonNode original = null;
            for (JsonNode candidate : development.path("clients")) {
                if (candidate.path("clientId").equals(client.path("clientId"))) {
                    original = candidate;
                }
            }
            assertThat(client.path("protocolMappers")).isEqualTo(original.path("protocolMappers"));
            assertThat(client.path("defaultClientScopes")).isEqualTo(original.path("defaultClientScopes"));
        }
    }

    @Test
    void protectsAccounts() {
        assertThat(production.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.path("failureFactor").asInt()).isBetween(3, 10);
        Matcher length = Pattern.compile("(^| )length\\((\\d+)\\)").matcher(production.path("passwordPolicy").asText());
        assertThat(length.find()).isTrue();
        assertThat(Integer.parseInt(length.group(2))).isGreaterThanOrEqualTo(12);
        assertThat(production.path("passwordPolicy").asText()).contains("notUsername", "passwordHistory");
        assertThat(production.path("accessTokenLifespan").asInt()).isBetween(60, 300);
        assertThat(production.path("sslRequired").asText()).isEqualTo("all");
        assertThat(production.path("resetPasswordAllowed").asBoolean()).isTrue();
    }

    @Test
    void everySecretIsAPlaceholderFilledFromASecret() {
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(production.toString());
        int found = 0;
        while (placeholder.find()) {
            found++;
            assertThat(realmImport.at("/spec/placeholders").has(placeholder.group(1)))
                    .as("placeholder %s is filled", placeholder.group(1)).isTrue();
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
        production.path("clients").forEach(c -> {
            if (!c.path("publicClient").asBoolean()) {
                assertThat(c.path("secret").asText()).matches("\\$\\{[A-Z_]+}");
            }
        });
        assertThat(production.at("/smtpServer/password").asText()).matches("\\$\\{[A-Z_]+}");
    }
}
