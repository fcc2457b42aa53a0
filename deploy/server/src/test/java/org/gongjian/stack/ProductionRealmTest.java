package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production realm is the development realm without its demo parts, with the safeguards a server needs. */
class ProductionRealmTest {

    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private final JsonNode production = read("deploy/keycloak/gongjian-production-realm.json");
    private final JsonNode development = read("deploy/keycloak/gongjian-realm.json");

    private static JsonNode read(String path) {
        try {
            return new ObjectMapper().readTree(REPO.resolve(path).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    @Test
    void hasNoDemoUsersAndNoPasswordGrantClient() {
        production.path("users").forEach(u -> assertTrue(u.has("serviceAccountClientId"),
                u.path("username") + " is a person; the production realm holds only service accounts"));
        assertFalse(clientIds(production).contains("gongjian-cli"));
        production.path("clients").forEach(c -> assertFalse(c.path("directAccessGrantsEnabled").asBoolean(true),
                c.path("clientId") + " allows the password grant"));
        String text = production.toString();
        assertFalse(text.contains("DEV-ONLY") || text.contains("DEVELOPMENT") || text.contains("localhost")
                || text.contains("gongjian.test"), "no development value");
    }

    @Test
    void keepsTheRolesClaimsAndUserProfileTheServicesRelyOn() {
        assertEquals(development.path("realm"), production.path("realm"));
        assertEquals(development.path("roles"), production.path("roles"));
        assertEquals(development.path("components"), production.path("components"));
        for (JsonNode client : production.path("clients")) {
            JsonNode original = null;
            for (JsonNode c : development.path("clients")) {
                if (c.path("clientId").equals(client.path("clientId"))) {
                    original = c;
                }
            }
            assertTrue(original != null, "client " + client.path("clientId") + " exists in the development realm");
            assertEquals(original.path("protocolMappers"), client.path("protocolMappers"), "mappers of " + client.path("clientId"));
        }
    }

    @Test
    void protectsAccountsAgainstGuessing() {
        assertTrue(production.path("bruteForceProtected").asBoolean());
        assertTrue(production.path("failureFactor").asInt() >= 3 && production.path("failureFactor").asInt() <= 10);
        assertFalse(production.path("permanentLockout").asBoolean());
        String policy = production.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("(^| )length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find(), policy);
        assertTrue(Integer.parseInt(length.group(2)) >= 12, policy);
        assertTrue(policy.contains("notUsername") && policy.contains("passwordHistory"), policy);
    }

    @Test
    void accessTokensLiveMinutes() {
        int lifespan = production.path("accessTokenLifespan").asInt();
        assertTrue(lifespan >= 60 && lifespan <= 300, "access tokens live " + lifespan + " s");
        assertTrue(production.path("ssoSessionIdleTimeout").asInt() <= 3600);
    }

    @Test
    void forgottenPasswordsAreResetByMailThroughTheConfiguredRelay() {
        assertTrue(production.path("resetPasswordAllowed").asBoolean());
        JsonNode smtp = production.path("smtpServer");
        for (String field : List.of("host", "port", "from", "auth", "user", "password", "starttls", "ssl")) {
            assertTrue(smtp.path(field).asText().matches("\\$\\{GONGJIAN_[A-Z_]+}"), "smtpServer." + field + " comes from configuration");
        }
    }

    @Test
    void committeeAndCityAccountsNeedAOneTimePassword() {
        assertEquals("totp", production.path("otpPolicyType").asText());
        assertEquals(6, production.path("otpPolicyDigits").asInt());
        String browser = production.path("browserFlow").asText();
        JsonNode top = flow(browser);
        List<String> rolesWithOtp = new ArrayList<>();
        collectOtpRoles(top, rolesWithOtp);
        assertTrue(rolesWithOtp.containsAll(List.of("district-admin", "city-admin")), "OTP for " + rolesWithOtp);
        assertFalse(rolesWithOtp.contains("branch-secretary") || rolesWithOtp.contains("enterprise-contact"));
    }

    /** Walks the flow: a CONDITIONAL sub-flow whose condition is a user role and which requires the OTP form. */
    private void collectOtpRoles(JsonNode flow, List<String> roles) {
        for (JsonNode e : flow.path("authenticationExecutions")) {
            if (!e.path("authenticatorFlow").asBoolean()) {
                continue;
            }
            JsonNode sub = flow(e.path("flowAlias").asText());
            String role = null;
            boolean otp = false;
            for (JsonNode step : sub.path("authenticationExecutions")) {
                if (step.path("authenticator").asText().equals("conditional-user-role")) {
                    role = config(step.path("authenticatorConfig").asText()).path("condUserRole").asText();
                    assertEquals("false", config(step.path("authenticatorConfig").asText()).path("negate").asText());
                }
                if (step.path("authenticator").asText().equals("auth-otp-form")) {
                    otp = step.path("requirement").asText().equals("REQUIRED");
                }
            }
            if (role != null && otp && e.path("requirement").asText().equals("CONDITIONAL")) {
                roles.add(role);
            }
            collectOtpRoles(sub, roles);
        }
    }

    private JsonNode flow(String alias) {
        for (JsonNode f : production.path("authenticationFlows")) {
            if (f.path("alias").asText().equals(alias)) {
                return f;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private JsonNode config(String alias) {
        for (JsonNode c : production.path("authenticatorConfig")) {
            if (c.path("alias").asText().equals(alias)) {
                return c.path("config");
            }
        }
        throw new AssertionError("no authenticator config " + alias);
    }

    @Test
    void speaksChineseFirstInGongjiansLook() throws IOException {
        assertTrue(production.path("internationalizationEnabled").asBoolean());
        assertEquals("zh-CN", production.path("defaultLocale").asText());
        assertEquals("zh-CN", production.path("supportedLocales").path(0).asText());
        String theme = production.path("loginTheme").asText();
        Path themeDir = REPO.resolve("deploy/keycloak/themes").resolve(theme).resolve("login");
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(themeDir.resolve("theme.properties"))) {
            p.load(in);
        }
        assertTrue(p.getProperty("locales").startsWith("zh-CN"));
        for (String style : p.getProperty("styles").split(" ")) {
            if (!style.equals("css/styles.css")) { // the parent theme's
                assertTrue(Files.isRegularFile(themeDir.resolve("resources").resolve(style)), style);
            }
        }
        assertTrue(Files.readString(themeDir.resolve("messages/messages_zh_CN.properties")).contains("共建"));
    }

    @Test
    void everyPlaceholderIsFilledByTheServerAndEverySecretIsOne() {
        Map<String, String> filled = ServerKeycloak.realmPlaceholders(ServerSettingsTest.settings(),
                ServerSecretsTest.fresh());
        Matcher placeholder = Pattern.compile("\\$\\{(GONGJIAN_[A-Z_]+)}").matcher(production.toString());
        int found = 0;
        while (placeholder.find()) {
            found++;
            assertTrue(filled.containsKey(placeholder.group(1)), placeholder.group(1) + " is filled");
        }
        assertTrue(found >= 10, found + " placeholders");
        production.path("clients").forEach(c -> {
            if (!c.path("publicClient").asBoolean()) {
                assertTrue(c.path("secret").asText().matches("\\$\\{GONGJIAN_[A-Z_]+}"), c.path("clientId") + " secret");
            }
        });
        JsonNode gateway = production.path("clients").get(0);
        assertEquals("${GONGJIAN_PUBLIC_URL}/*", gateway.path("redirectUris").path(0).asText());
    }
}
