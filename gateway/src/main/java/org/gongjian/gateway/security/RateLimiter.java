package org.gongjian.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.gateway.rest.EdgeProblems;

import java.security.Principal;

/**
 * Limits request rates per user: the token's {@code sub}, or the client address for anonymous requests (signed
 * receipt links). Over the limit the answer is a 429 problem with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    public static final int ROUTE_ORDER = ApiAuthentication.ROUTE_ORDER + 1;

    private final GatewayConfig.RateLimit config;
    private final TokenBuckets buckets;
    private final Counter refused;

    RateLimiter(GatewayConfig config, MeterRegistry meters) {
        this.refused = meters.counter("gongjian_gateway_rate_limited");
        this.config = config.rateLimit();
        this.buckets = new TokenBuckets(this.config.requestsPerSecond(), this.config.burst(), System::nanoTime);
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(ROUTE_ORDER).handler(this::limit);
            router.route("/r/*").order(ROUTE_ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        long retryAfter = buckets.tryAcquire(keyOf(context));
        if (retryAfter == 0) {
            context.next();
        } else {
            refused.increment();
            EdgeProblems.tooManyRequests(context, retryAfter);
        }
    }

    static String keyOf(RoutingContext context) {
        SecurityIdentity identity = context.get(ApiAuthentication.IDENTITY);
        if (identity != null && !identity.isAnonymous()) {
            Principal principal = identity.getPrincipal();
            String subject = principal instanceof JsonWebToken token && token.getSubject() != null
                    ? token.getSubject() : principal.getName();
            return "user:" + subject;
        }
        return "ip:" + context.request().remoteAddress().hostAddress();
    }
}
