package org.gongjian.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.registry.config.AccountsConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users of the realm, through Keycloak's Admin REST API, as the service account of the accounts client (client
 * credentials). Only the calls an account from the register needs: find, create, grant a realm role, have Keycloak
 * e-mail the required actions, read, disable, delete.
 */
@ApplicationScoped
public class KeycloakUsers {

    /** What the invited person does on Keycloak's pages: choose a password, confirm the address. */
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final AccountsConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final String base;
    private final String realm;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    KeycloakUsers(AccountsConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        String realmUrl = config.realmUrl().replaceAll("/+$", "");
        int at = realmUrl.lastIndexOf("/realms/");
        this.base = at < 0 ? realmUrl : realmUrl.substring(0, at);
        this.realm = at < 0 ? "gongjian" : realmUrl.substring(at + "/realms/".length());
    }

    /** A user of the realm as far as accounts care. */
    public record User(String id, boolean enabled, boolean emailVerified, List<String> requiredActions) {
        /** The invitation was followed: password set and address confirmed. */
        public boolean completedInvitation() {
            return enabled && requiredActions.isEmpty();
        }
    }

    /** The user bound to a person of the register by the attribute {@code person}, if Keycloak has one. */
    @WithSpan
    public Optional<String> findByPerson(String binding) {
        JsonNode found = send("GET", admin("/users?exact=true&briefRepresentation=true&q="
                + encode("person:" + binding)), null, 200);
        for (JsonNode user : found) {
            return Optional.of(user.path("id").asText());
        }
        return Optional.empty();
    }

    /**
     * Creates an enabled user without a password. Answers its id, or empty when Keycloak refuses it as a duplicate
     * (username or e-mail already taken).
     */
    @WithSpan
    public Optional<String> create(String username, String email, String firstName, String lastName,
            String district, String organization, String binding) {
        ObjectNode user = json.createObjectNode();
        user.put("username", username).put("email", email).put("enabled", true).put("emailVerified", false)
                .put("firstName", firstName).put("lastName", lastName);
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("district").add(district);
        attributes.putArray("org").add(organization);
        attributes.putArray("person").add(binding);
        HttpResponse<String> response = call("POST", admin("/users"), user);
        if (response.statusCode() == 409) {
            return Optional.empty();
        }
        expect(response, 201);
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakUnavailableException("Keycloak created a user without telling which"));
        return Optional.of(location.substring(location.lastIndexOf('/') + 1));
    }

    @WithSpan
    public void grantRealmRole(String userId, String role) {
        // the roles this client may grant the user; reading /roles/{name} itself would need view-realm, which it has not
        JsonNode available = send("GET", admin("/users/" + userId + "/role-mappings/realm/available"), null, 200);
        JsonNode representation = null;
        for (JsonNode candidate : available) {
            if (role.equals(candidate.path("name").asText())) {
                representation = candidate;
            }
        }
        if (representation == null) {
            throw new KeycloakUnavailableException("Keycloak does not let this client grant the role " + role);
        }
        ArrayNode roles = json.createArrayNode().add(representation);
        send("POST", admin("/users/" + userId + "/role-mappings/realm"), roles, 204);
    }

    /** Keycloak e-mails the person a link to set a password and confirm the address (its own mail, its own page). */
    @WithSpan
    public void sendInvitation(String userId) {
        StringBuilder query = new StringBuilder("?lifespan=").append(config.invitationLifespan().toSeconds());
        config.redirectUri().ifPresent(uri -> query.append("&client_id=").append(encode(config.redirectClientId()))
                .append("&redirect_uri=").append(encode(uri)));
        ArrayNode actions = json.createArrayNode();
        INVITATION_ACTIONS.forEach(actions::add);
        send("PUT", admin("/users/" + userId + "/execute-actions-email" + query), actions, 204);
    }

    @WithSpan
    public Optional<User> find(String userId) {
        HttpResponse<String> response = call("GET", admin("/users/" + userId), null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode user = parse(expect(response, 200));
        List<String> actions = user.path("requiredActions").valueStream().map(JsonNode::asText).toList();
        return Optional.of(new User(user.path("id").asText(), user.path("enabled").asBoolean(),
                user.path("emailVerified").asBoolean(), actions));
    }

    /** Disables the user; one removed in Keycloak meanwhile is as disabled as can be. */
    @WithSpan
    public void disable(String userId) {
        HttpResponse<String> read = call("GET", admin("/users/" + userId), null);
        if (read.statusCode() == 404) {
            return;
        }
        // the whole representation goes back, so that the user profile keeps every attribute
        ObjectNode update = (ObjectNode) parse(expect(read, 200));
        update.remove("access");
        update.put("enabled", false);
        HttpResponse<String> response = call("PUT", admin("/users/" + userId), update);
        if (response.statusCode() != 404) {
            expect(response, 204);
        }
    }

    /**
     * Gives the user the register's address and name; a changed address is no longer verified. Answers false when
     * Keycloak refuses the address because another user has it; a user removed in Keycloak meanwhile is left alone.
     */
    @WithSpan
    public boolean updateProfile(String userId, String email, String firstName, String lastName) {
        HttpResponse<String> read = call("GET", admin("/users/" + userId), null);
        if (read.statusCode() == 404) {
            return true;
        }
        // the whole representation goes back, so that the user profile keeps every attribute
        ObjectNode update = (ObjectNode) parse(expect(read, 200));
        update.remove("access");
        if (email != null && !email.equalsIgnoreCase(update.path("email").asText())) {
            update.put("email", email.toLowerCase(java.util.Locale.ROOT)).put("emailVerified", false);
        }
        update.put("firstName", firstName).put("lastName", lastName);
        HttpResponse<String> response = call("PUT", admin("/users/" + userId), update);
        if (response.statusCode() == 409) {
            return false;
        }
        if (response.statusCode() != 404) {
            expect(response, 204);
        }
        return true;
    }

    /** Undoes a user this request created, so that a failed invitation leaves nothing behind. */
    public void deleteQuietly(String userId) {
        try {
            call("DELETE", admin("/users/" + userId), null);
        } catch (KeycloakUnavailableException e) {
            // AccountInvitation finds it again by its binding on the next try
        }
    }

    private String admin(String path) {
        return base + "/admin/realms/" + realm + path;
    }

    private JsonNode send(String method, String url, JsonNode body, int expected) {
        return parse(expect(call(method, url, body), expected));
    }

    private HttpResponse<String> call(String method, String url, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request.build());
    }

    private synchronized String accessToken() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode answer = parse(expect(exchange(request), 200));
        token = answer.path("access_token").asText();
        // renew a little before it expires
        tokenExpires = Instant.now().plusSeconds(Math.max(0, answer.path("expires_in").asLong(60) - 10));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeycloakUnavailableException("Keycloak did not answer " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailableException("interrupted while calling Keycloak", e);
        }
    }

    private HttpResponse<String> expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            if (response.statusCode() == 401) {
                token = null;
            }
            throw new KeycloakUnavailableException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri().getPath() + ": "
                    + abbreviate(response.body()));
        }
        return response;
    }

    private JsonNode parse(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new KeycloakUnavailableException("Keycloak answered what is not JSON", e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
