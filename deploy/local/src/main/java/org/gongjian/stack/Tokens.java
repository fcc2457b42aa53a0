package org.gongjian.stack;

import java.util.Map;

/** Access tokens from the stack's Keycloak. */
final class Tokens {

    static final String CLI_CLIENT = "gongjian-cli";

    private Tokens() {
    }

    /** A {@code gongjian} realm user's token from the public {@code gongjian-cli} client (password grant). */
    static String password(StackConfig config, String username, String password) {
        return request(config.issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", CLI_CLIENT, "username", username, "password", password,
                "scope", "openid"), username);
    }

    /** The Keycloak administrator's token (master realm, {@code admin-cli}) for the admin REST API. */
    static String admin(StackConfig config) {
        return request(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", config.keycloakAdmin(), "password", config.keycloakAdminPassword()), config.keycloakAdmin());
    }

    private static String request(String url, Map<String, String> form, String who) {
        Http.Response r = Http.postForm(url, form);
        if (!r.ok()) {
            throw new StackException("no token for " + who + " from " + url + ": HTTP " + r.status() + " "
                    + Http.abbreviate(r.body()));
        }
        return r.json().path("access_token").asText();
    }
}
