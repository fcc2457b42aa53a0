package org.gongjian.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.gongjian.rest.config.ProductionSecret;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway needs to know about its neighbours and its edge, from configuration. */
@ConfigMapping(prefix = "gongjian.gateway")
public interface GatewayConfig {

    /**
     * The secret of the {@code gongjian-gateway} client in Keycloak (the code flow of the web app), env
     * {@code GONGJIAN_GATEWAY_CLIENT_SECRET}: no default outside dev and test; the gateway does not start without
     * a random value of 32+ characters.
     */
    @ProductionSecret
    String clientSecret();

    Services services();

    Proxy proxy();

    RateLimit rateLimit();

    Dashboard dashboard();

    Headers headers();

    /** The districts (code to name) that the web app shows by name and a city administrator picks from. */
    Map<String, String> districts();

    /** Base URLs of the services behind the gateway (scheme, host, port; no path). */
    interface Services {
        @WithDefault("http://localhost:8081")
        String registry();

        @WithDefault("http://localhost:8082")
        String pairing();

        @WithDefault("http://localhost:8083")
        String activity();

        @WithDefault("http://localhost:8084")
        String notification();
    }

    interface Proxy {
        /** How long to wait for a connection to a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long a service may stay silent (no response, no body bytes) before the gateway gives up. */
        @WithDefault("30s")
        Duration requestTimeout();
    }

    /** A token bucket per user ({@code sub}) or, for anonymous requests, per client address. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("20")
        double requestsPerSecond();

        @WithDefault("40")
        int burst();
    }

    interface Dashboard {
        /** How long the overview waits for each service before it reports the section as unavailable. */
        @WithDefault("3s")
        Duration timeout();
    }

    interface Headers {
        /** Scripts only from the gateway itself; inline styles are allowed because Ant Design inserts its CSS at run time. */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
        String contentSecurityPolicy();

        @WithDefault("strict-origin-when-cross-origin")
        String referrerPolicy();

        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();

        /** Send HSTS even on plain HTTP (for a TLS-terminating proxy that forwards no X-Forwarded-Proto). */
        Optional<Boolean> alwaysHsts();
    }
}
