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
