package org.gongjian.rest.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer access token once, not on every request: the identity quarkus-oidc made of it (issuer, signature,
 * expiry and audience checked) is reused for the same token text until the token's {@code exp}. Parsing the JWT and
 * checking its RSA signature was the largest single cost of a read. Anything else (the code flow's ID tokens, opaque
 * tokens, a token without {@code exp}) goes to quarkus-oidc as before, every time.
 * <p>
 * What this gives up: a token whose signing key the issuer withdraws stays accepted until it expires (Keycloak's
 * access tokens live minutes), as it would with any cache of the issuer's keys.
 */
@ApplicationScoped
public class RememberedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    /**
     * Ahead of quarkus-oidc's own provider (priority 1001 in Quarkus 3.29), which answers every request this one leaves
     * to it: the manager asks the highest priority first, so anything at or below 1001 is never asked.
     */
    static final int PRIORITY = 2000;

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final boolean enabled;

    RememberedTokenIdentities(OidcIdentityProvider oidc,
            @ConfigProperty(name = "gongjian.security.verified-tokens.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "gongjian.security.verified-tokens.max-size", defaultValue = "10000") int capacity) {
        this.oidc = oidc;
        this.enabled = enabled;
        this.verified = new VerifiedTokens<>(capacity, () -> System.currentTimeMillis() / 1000);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || request.getToken().getClass() != AccessTokenCredential.class) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.get(token);
        if (known != null) {
            return Uni.createFrom().item(forThisRequest(known, request));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    /** How many verified tokens are remembered now. */
    public int remembered() {
        return verified.size();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.put(token, identity, jwt.getExpirationTime());
        }
    }

    /** The remembered identity, carrying this request's routing context instead of the first one's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) {
            return known;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), routing);
        Object blocking = routing.get(AuthenticationRequestContext.class.getName());
        if (blocking != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
        }
        return identity.build();
    }
}
