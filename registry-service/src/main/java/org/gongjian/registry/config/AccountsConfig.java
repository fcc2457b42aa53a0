package org.gongjian.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.gongjian.rest.config.ProductionSecret;

import java.time.Duration;
import java.util.Optional;

/**
 * How registry-service makes accounts in Keycloak: through the Admin REST API, as the service account of a
 * confidential client whose only roles are realm-management's {@code manage-users}, {@code view-users} and
 * {@code query-users}.
 */
@ConfigMapping(prefix = "gongjian.registry.accounts")
public interface AccountsConfig {

    /** The realm's address ({@code <keycloak>/realms/<realm>}); by default the issuer that signs the tokens. */
    @WithDefault("${quarkus.oidc.auth-server-url}")
    String realmUrl();

    @WithDefault("gongjian-accounts")
    String clientId();

    /**
     * The client's secret, env {@code GONGJIAN_REGISTRY_ACCOUNTS_CLIENT_SECRET}: no default outside dev and test; the
     * service does not start without a random value of 32+ characters.
     */
    @ProductionSecret
    String clientSecret();

    /** How long one call to Keycloak may take before the invitation answers 503. */
    @WithDefault("5s")
    Duration timeout();

    /** How long the link in Keycloak's invitation e-mail stays valid. */
    @WithDefault("72h")
    Duration invitationLifespan();

    /** The client whose login page the person lands on after setting a password. */
    @WithDefault("gongjian-gateway")
    String redirectClientId();

    /** Where that client sends them (the web app); none: Keycloak's own page. */
    Optional<String> redirectUri();

    /** How often invited accounts are checked for activation and disabled ones pushed to Keycloak ({@code off}: never). */
    @WithDefault("15s")
    String syncEvery();
}
