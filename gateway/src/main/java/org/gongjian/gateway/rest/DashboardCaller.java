package org.gongjian.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The caller of a dashboard read, for bearer tokens and browser sessions alike: both carry a verified access
 * token, whose {@code district} claim scopes the figures (in a browser session the principal is the ID token,
 * so the claim is read from the access token, not the principal).
 */
@RequestScoped
public class DashboardCaller {

    private final SecurityIdentity identity;
    private final ObjectMapper json;

    DashboardCaller(SecurityIdentity identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    public String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            throw new ProblemException(401, "unauthorized", ProblemTitles.detail("unauthorized"));
        }
        return credential.getToken();
    }

    public boolean isCityAdmin() {
        return identity.hasRole(Role.CITY_ADMIN);
    }

    public Optional<String> district() {
        return claim("district");
    }

    public Optional<String> claim(String name) {
        JsonNode value = claims().get(name);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private JsonNode claims() {
        String[] parts = accessToken().split("\\.");
        if (parts.length < 2) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return json.createObjectNode();
        }
    }
}
