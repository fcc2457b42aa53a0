package org.gongjian.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gongjian.gateway.config.GatewayConfig;

/**
 * Security headers on every answer the gateway gives, its own and the services' alike, including 401s,
 * redirects and problems: CSP, nosniff, no framing, a referrer policy, and HSTS when the request came over HTTPS.
 * Names and values are encoded once, at startup; a request only adds them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before CORS (300) and authentication (200), so that refusals carry the headers too. */
    static final int PRIORITY = 400;

    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");

    private final CharSequence referrerPolicy;
    private final CharSequence contentSecurityPolicy;
    private final CharSequence strictTransportSecurity;
    private final boolean alwaysHsts;

    SecurityHeaders(GatewayConfig config) {
        GatewayConfig.Headers headers = config.headers();
        this.referrerPolicy = HttpHeaders.createOptimized(headers.referrerPolicy());
        this.contentSecurityPolicy = HttpHeaders.createOptimized(headers.contentSecurityPolicy());
        this.strictTransportSecurity = HttpHeaders.createOptimized(headers.strictTransportSecurity());
        this.alwaysHsts = headers.alwaysHsts().orElse(false);
    }

    void register(@Observes Filters filters) {
        filters.register(this::addOnHeadersEnd, PRIORITY);
    }

    private void addOnHeadersEnd(RoutingContext context) {
        boolean hsts = alwaysHsts || isHttps(context);
        context.addHeadersEndHandler(ignored -> add(context.response().headers(), hsts));
        context.next();
    }

    private void add(MultiMap headers, boolean hsts) {
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(FRAME_OPTIONS, DENY);
        headers.set(REFERRER_POLICY, referrerPolicy);
        headers.set(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
        if (hsts) {
            headers.set(STRICT_TRANSPORT_SECURITY, strictTransportSecurity);
        }
    }

    private static boolean isHttps(RoutingContext context) {
        if (context.request().isSSL()) {
            return true;
        }
        String forwarded = context.request().getHeader("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(forwarded);
    }
}
