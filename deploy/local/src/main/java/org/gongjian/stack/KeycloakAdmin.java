package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Optional;

/**
 * The few changes the demo data loader and the end-to-end tests make to the stack's {@code gongjian} realm through
 * Keycloak's admin REST API, as the stack's Keycloak administrator: pointing a user's {@code org} at an
 * organization, adding a user, letting a client redirect to another origin, and a short-lived copy of a client.
 */
public final class KeycloakAdmin {

    private final StackConfig config;
    private final String realmApi;

    private KeycloakAdmin(StackConfig config) {
        this.config = config;
        this.realmApi = config.keycloakUrl() + "/admin/realms/" + StackConfig.REALM;
    }

    public static KeycloakAdmin of(LocalStack stack) {
        return new KeycloakAdmin(stack.config());
    }

    static KeycloakAdmin of(StackConfig config) {
        return new KeycloakAdmin(config);
    }

    /** A user's full representation, or empty when the realm has no such user. */
    public Optional<ObjectNode> user(String username) {
        JsonNode found = get(realmApi + "/users?exact=true&briefRepresentation=false&username=" + Http.enc(username),
                "reading user " + username).path(0);
        return found.isObject() ? Optional.of((ObjectNode) found) : Optional.empty();
    }

    /** Every user of the realm with this e-mail address (exact match). */
    public java.util.List<JsonNode> usersByEmail(String email) {
        java.util.List<JsonNode> users = new java.util.ArrayList<>();
        get(realmApi + "/users?exact=true&briefRepresentation=false&email=" + Http.enc(email), "reading users of " + email)
                .forEach(users::add);
        return users;
    }

    /**
     * Sets a user's {@code org} attribute (tokens issued afterwards carry it).
     *
     * @return false when the user does not exist or already had that value
     */
    public boolean setOrganization(String username, String organizationId) {
        Optional<ObjectNode> user = user(username);
        if (user.isEmpty() || organizationId.equals(user.get().path("attributes").path("org").path(0).asText())) {
            return false;
        }
        ObjectNode update = user.get().deepCopy();
        update.remove("access");
        ObjectNode attributes = update.has("attributes") ? (ObjectNode) update.get("attributes") : update.putObject("attributes");
        attributes.putArray("org").add(organizationId);
        send("PUT", realmApi + "/users/" + update.get("id").asText(), update, "updating " + username);
        return true;
    }

    /**
     * Adds a user with a password, an e-mail address, a district, an organization and one realm role, unless a user
     * of that name exists (then only its {@code org} is set).
     */
    public void ensureUser(String username, String password, String email, String district, String organizationId,
                           String realmRole) {
        if (user(username).isPresent()) {
            setOrganization(username, organizationId);
            return;
        }
        ObjectNode u = Http.JSON.createObjectNode();
        u.put("username", username).put("email", email).put("emailVerified", true).put("enabled", true)
                .put("firstName", username).put("lastName", "e2e");
        ObjectNode attributes = u.putObject("attributes");
        attributes.putArray("district").add(district);
        attributes.putArray("org").add(organizationId);
        u.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        send("POST", realmApi + "/users", u, "creating " + username);
        String id = user(username).orElseThrow(() -> new StackException("user " + username + " not found after creation"))
                .get("id").asText();
        JsonNode role = get(realmApi + "/roles/" + Http.enc(realmRole), "reading role " + realmRole);
        ArrayNode roles = Http.JSON.createArrayNode().add(role);
        send("POST", realmApi + "/users/" + id + "/role-mappings/realm", roles, "giving " + username + " " + realmRole);
    }

    /** Sets a confidential client's secret (the stack generates its own instead of the realm file's). */
    public void setClientSecret(String clientId, String secret) {
        ObjectNode client = client(clientId);
        if (secret.equals(client.path("secret").asText(null))) {
            return;
        }
        client.put("secret", secret);
        send("PUT", realmApi + "/clients/" + client.get("id").asText(), client, "setting the secret of client " + clientId);
    }

    /** Points the realm's e-mail (invitations, verification) at the stack's SMTP server on {@code port}. */
    public void setSmtpPort(int port) {
        JsonNode realm = get(realmApi, "reading the realm");
        if (Integer.toString(port).equals(realm.path("smtpServer").path("port").asText())) {
            return;
        }
        ObjectNode update = Http.JSON.createObjectNode();
        ObjectNode smtp = update.putObject("smtpServer");
        realm.path("smtpServer").fields().forEachRemaining(field -> smtp.set(field.getKey(), field.getValue()));
        smtp.put("host", "localhost").put("port", Integer.toString(port));
        if (!smtp.has("from")) {
            smtp.put("from", "noreply@gongjian.local");
        }
        send("PUT", realmApi, update, "setting the realm's SMTP server");
    }

    /** Lets a client redirect to (and be called from) {@code origin}, e.g. a gateway on a test port. */
    public void allowOrigin(String clientId, String origin) {
        ObjectNode client = client(clientId);
        ArrayNode redirects = client.has("redirectUris") ? (ArrayNode) client.get("redirectUris") : client.putArray("redirectUris");
        redirects.add(origin + "/*");
        ArrayNode origins = client.has("webOrigins") ? (ArrayNode) client.get("webOrigins") : client.putArray("webOrigins");
        origins.add(origin);
        String logout = client.path("attributes").path("post.logout.redirect.uris").asText("");
        if (!logout.isBlank() && !logout.equals("+")) {
            client.withObject("/attributes").put("post.logout.redirect.uris", logout + "##" + origin + "/*");
        }
        send("PUT", realmApi + "/clients/" + client.get("id").asText(), client, "updating client " + clientId);
    }

    /**
     * A copy of a client (its protocol mappers, hence the same claims and audience) whose access tokens live
     * {@code lifespan}; for tests that need a token Keycloak itself let expire.
     */
    public void copyClientWithTokenLifespan(String clientId, String newClientId, Duration lifespan) {
        if (findClient(newClientId).isPresent()) {
            return;
        }
        ObjectNode copy = client(clientId).deepCopy();
        copy.remove("id");
        copy.put("clientId", newClientId);
        copy.withObject("/attributes").put("access.token.lifespan", Long.toString(lifespan.toSeconds()));
        for (JsonNode mapper : copy.path("protocolMappers")) {
            ((ObjectNode) mapper).remove("id");
        }
        send("POST", realmApi + "/clients", copy, "creating client " + newClientId);
    }

    private ObjectNode client(String clientId) {
        return findClient(clientId).orElseThrow(() -> new StackException("realm has no client " + clientId));
    }

    private Optional<ObjectNode> findClient(String clientId) {
        JsonNode found = get(realmApi + "/clients?clientId=" + Http.enc(clientId), "reading client " + clientId).path(0);
        return found.isObject() ? Optional.of((ObjectNode) found) : Optional.empty();
    }

    private JsonNode get(String url, String what) {
        Http.Response r = Http.get(url, Tokens.admin(config), Duration.ofSeconds(30));
        if (!r.ok()) {
            throw new StackException("Keycloak admin API: " + what + " answered HTTP " + r.status() + " " + Http.abbreviate(r.body()));
        }
        return r.json();
    }

    private void send(String method, String url, JsonNode body, String what) {
        Http.Response r = Http.sendJson(method, url, Tokens.admin(config), body);
        if (!r.ok()) {
            throw new StackException("Keycloak admin API: " + what + " answered HTTP " + r.status() + " " + Http.abbreviate(r.body()));
        }
    }
}
