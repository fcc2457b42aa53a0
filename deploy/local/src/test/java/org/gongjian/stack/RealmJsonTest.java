package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pitfalls of INFRA.md's "Keycloak realm facts", checked on the file (LocalStackIT checks a real token). */
class RealmJsonTest {

    private static JsonNode realm() throws IOException {
        try (InputStream in = RealmJsonTest.class.getResourceAsStream("keycloak/gongjian-realm.json")) {
            assertNotNull(in, "the realm JSON is packaged into the launcher");
            return Http.JSON.readTree(in);
        }
    }

    @Test
    void declaresNoRealmLevelClientScopesSoTheDefaultsSurvive() throws IOException {
        assertFalse(realm().has("clientScopes"));
        assertFalse(realm().has("defaultDefaultClientScopes"));
    }

    @Test
    void declaresTheFiveRoles() throws IOException {
        Set<String> roles = new HashSet<>();
        realm().path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(Set.of("city-admin", "district-admin", "branch-secretary", "enterprise-contact", "dashboard-reader"), roles);
    }

    @Test
    void theUserProfileDeclaresDistrictAndOrg() throws IOException {
        JsonNode provider = realm().path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = Http.JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
        Set<String> names = new HashSet<>();
        profile.path("attributes").forEach(a -> names.add(a.path("name").asText()));
        assertTrue(names.containsAll(Set.of("username", "email", "firstName", "lastName", "district", "org")), names.toString());
    }

    @Test
    void everyClientMapsDistrictOrgAndTheApiAudience() throws IOException {
        for (JsonNode client : realm().path("clients")) {
            if (client.path("clientId").asText().equals(QuarkusService.ACCOUNTS_CLIENT)) {
                continue; // calls Keycloak's Admin API only, never Gongjian's
            }
            Set<String> mapped = new HashSet<>();
            client.path("protocolMappers").forEach(m -> {
                if (m.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                    mapped.add("aud:" + m.path("config").path("included.custom.audience").asText());
                } else {
                    mapped.add(m.path("config").path("user.attribute").asText() + "->" + m.path("config").path("claim.name").asText());
                }
            });
            assertEquals(Set.of("district->district", "org->org", "aud:gongjian-api"), mapped, client.path("clientId").asText());
        }
    }

    @Test
    void theAccountsClientMayManageUsersAndNothingMore() throws IOException {
        JsonNode client = null;
        for (JsonNode c : realm().path("clients")) {
            if (c.path("clientId").asText().equals(QuarkusService.ACCOUNTS_CLIENT)) {
                client = c;
            }
        }
        assertNotNull(client, "the realm has the accounts client");
        assertTrue(client.path("serviceAccountsEnabled").asBoolean());
        assertFalse(client.path("publicClient").asBoolean());
        assertFalse(client.path("standardFlowEnabled").asBoolean());
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean());
        JsonNode account = null;
        for (JsonNode user : realm().path("users")) {
            if (user.path("serviceAccountClientId").asText().equals(QuarkusService.ACCOUNTS_CLIENT)) {
                account = user;
            }
        }
        assertNotNull(account, "its service account is declared");
        assertFalse(account.has("realmRoles"), "no realm role: it signs in to nothing of Gongjian's");
        Set<String> roles = new HashSet<>();
        account.path("clientRoles").path("realm-management").forEach(r -> roles.add(r.asText()));
        assertEquals(Set.of("manage-users", "view-users", "query-users"), roles);
        assertEquals(1, account.path("clientRoles").size(), "roles of realm-management only");
    }

    @Test
    void theRealmSendsItsMailAndDeclaresTheBindingToThePerson() throws IOException {
        assertEquals("localhost", realm().path("smtpServer").path("host").asText());
        JsonNode provider = realm().path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = Http.JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
        boolean person = false;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("person")) {
                person = true;
                assertEquals("[\"admin\"]", attribute.path("permissions").path("edit").toString());
            }
        }
        assertTrue(person, "the user profile keeps the attribute person (Keycloak drops undeclared ones)");
    }

    @Test
    void everyOrgPlaceholderNamesAScenarioOrganization() throws IOException {
        Set<String> placeholders = new HashSet<>();
        Seed004.ORGANIZATIONS.forEach(o -> placeholders.add(o.placeholderId()));
        for (JsonNode user : realm().path("users")) {
            JsonNode org = user.path("attributes").path("org");
            if (!org.isMissingNode()) {
                assertTrue(placeholders.contains(org.path(0).asText()), user.path("username").asText());
            }
        }
    }
}
