package org.gongjian.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gongjian.gateway.config.GatewayConfig;

/**
 * Security headers on every answer the gateway gives, its own and the services' alike, including 401s,
 * redirects and problems: CSP, nosniff, no framing, a referrer policy, and HSTS when the request came over HTTPS.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before CORS (300) and authentication (200), so that refusals carry the headers too. */
    static final int PRIORITY = 400;

    private final GatewayConfig.Headers config;

    SecurityHeaders(GatewayConfig config) {
        this.config = config.headers();
    }

    void register(@Observes Filters filters) {
        filters.register(this::addOnHeadersEnd, PRIORITY);
    }

    private void addOnHeadersEnd(RoutingContext context) {
        boolean https = isHttps(context);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Content-Security-Policy", config.contentSecurityPolicy());
            if (https || config.alwaysHsts().orElse(false)) {
                headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            }
        });
        context.next();
    }

    private static boolean isHttps(RoutingContext context) {
        String forwarded = context.request().getHeader("X-Forwarded-Proto");
        return context.request().isSSL() || "https".equalsIgnoreCase(forwarded);
    }
}
