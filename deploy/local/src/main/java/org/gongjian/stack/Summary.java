package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code up} prints once the stack is ready: where everything is, who can log in, a first curl. */
final class Summary {

    private Summary() {
    }

    static String render(LocalStack stack) {
        StackConfig c = stack.config();
        StringBuilder b = new StringBuilder();
        List<String> skipped = stack.skippedServices();
        b.append("\nWhere things are\n");
        row(b, "Gateway (web app, /api)", c.gatewayUrl(), skipped.contains("gateway"));
        for (ServiceSpec s : c.services()) {
            if (!s.name().equals("gateway")) {
                row(b, "Swagger UI " + s.name(), c.managementUrl(s.name()) + "/q/swagger-ui", skipped.contains(s.name()));
            }
        }
        row(b, "Swagger UI gateway", c.managementUrl("gateway") + "/q/swagger-ui", skipped.contains("gateway"));
        row(b, "Health, metrics (per service)", "<management port>/q/health, /q/metrics   (ports "
                + c.services().stream().map(s -> Integer.toString(s.managementPort())).collect(Collectors.joining(", "))
                + ", 127.0.0.1 only)", false);
        row(b, "Keycloak admin console", c.keycloakUrl() + "/admin/master/console/#/" + StackConfig.REALM
                + "   (" + c.keycloakAdmin() + " / " + maskedAdminPassword(c) + ")", false);
        row(b, "Realm issuer", c.issuer(), false);
        row(b, "Mailbox (GreenMail web/REST)", "http://localhost:" + c.mailApiPort()
                + "   e.g. /api/user/liaison.jiajiamei@gongjian.test/messages/INBOX", false);
        row(b, "Mailbox (IMAP)", "localhost:" + c.imapPort() + "   login = the e-mail address, any password", false);
        row(b, "SMTP (for the services)", "localhost:" + c.smtpPort(), false);
        row(b, "PostgreSQL", "localhost:" + c.postgresPort() + "   user " + c.dbUser() + " / " + c.dbPassword() + ", databases "
                + c.services().stream().map(ServiceSpec::database).filter(d -> d != null).collect(Collectors.joining(", ")), false);
        row(b, "", "PGPASSWORD=" + c.dbPassword() + " psql -h localhost -p " + c.postgresPort() + " -U " + c.dbUser() + " registry", false);
        row(b, "Kafka", c.kafkaBootstrapServers(), false);
        row(b, "Logs, data, PIDs", c.baseDir() + "/{logs,pids,...}", false);
        row(b, "Generated secrets", c.baseDir().resolve(StackSecrets.FILE) + "   (owner-only)", false);

        b.append("\nDemo logins (realm ").append(StackConfig.REALM)
                .append(", DEVELOPMENT passwords: every user's password is \"gongjian\")\n");
        for (String line : demoUsers(c)) {
            b.append("  ").append(line).append('\n');
        }
        b.append("  client gongjian-machine (client credentials)  secret DEV-ONLY-gongjian-machine-secret\n");

        b.append("\nGet a token (gongjian-cli, password grant) and call the API\n");
        b.append("  TOKEN=$(curl -s ").append(c.issuer()).append("/protocol/openid-connect/token \\\n")
                .append("      -d client_id=gongjian-cli -d grant_type=password -d username=admin.zhang -d password=gongjian \\\n")
                .append("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        b.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(c.gatewayUrl()).append("/api/organizations\n");
        return b.toString();
    }

    /** Where the administrator's password is, never the password itself (the summary ends up in terminals and logs). */
    private static String maskedAdminPassword(StackConfig c) {
        return c.keycloakAdminPasswordGiven() ? "password as given in GONGJIAN_KEYCLOAK_ADMIN_PASSWORD"
                : "password: " + StackSecrets.KEYCLOAK_ADMIN + " in " + c.baseDir().resolve(StackSecrets.FILE);
    }

    private static void row(StringBuilder b, String what, String where, boolean notBuilt) {
        b.append(String.format("  %-31s %s%s%n", what, where, notBuilt ? "   [not built]" : ""));
    }

    /** One line per human user of the realm JSON: username, roles, district, organization. */
    static List<String> demoUsers(StackConfig c) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Keycloak.realmJson(c)) {
            JsonNode realm = Http.JSON.readTree(in);
            for (JsonNode u : realm.path("users")) {
                if (u.has("serviceAccountClientId")) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                u.path("realmRoles").forEach(r -> {
                    if (!r.asText().startsWith("default-roles-")) {
                        roles.add(r.asText());
                    }
                });
                String district = u.path("attributes").path("district").path(0).asText("(every district)");
                String org = u.path("attributes").path("org").path(0).asText("");
                String orgName = Seed004.ORGANIZATIONS.stream().filter(o -> o.placeholderId().equals(org))
                        .map(Seed004.Org::name).findFirst().orElse("");
                lines.add(String.format("%-24s %-19s %-16s %s", u.path("username").asText(), String.join(",", roles), district, orgName));
            }
        } catch (IOException | RuntimeException e) {
            lines.add("(cannot read the realm JSON: " + e.getMessage() + ")");
        }
        return lines;
    }
}
