package org.gongjian.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.gateway.rest.EdgeProblems;
import org.gongjian.gateway.security.ApiAuthentication;
import org.gongjian.gateway.security.RateLimiter;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Forwards {@code /api/<segment>/**} and {@code /r/**} to the owning service, streaming both bodies (photo
 * uploads, spreadsheet imports and exports pass through without being held in memory). The caller's access
 * token goes along as {@code Authorization: Bearer}, also for browser sessions, whose token the code flow holds.
 * A service may run as several instances ({@link Instances}): they take requests in turn, and one that refuses the
 * connection is skipped for the next. A service none of whose instances connects, or that stays silent, answers as a
 * 503 problem naming it; the other routes are unaffected.
 */
@ApplicationScoped
public class ServiceProxy {

    public static final int ROUTE_ORDER = RateLimiter.ROUTE_ORDER + 1;
    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private final GatewayConfig config;
    private final HttpClient client;
    private final MeterRegistry meters;

    ServiceProxy(Vertx vertx, GatewayConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true)
                .setDecompressionSupported(false));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::forwardIfRouted);
        router.route("/r/*").order(ROUTE_ORDER).handler(this::forwardIfRouted);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private void forwardIfRouted(RoutingContext context) {
        Optional<Backend> owner = RouteTable.ownerOf(context.normalizedPath());
        if (owner.isEmpty()) {
            context.next();
            return;
        }
        forward(context, owner.get());
    }

    private void forward(RoutingContext context, Backend backend) {
        context.request().pause();
        forward(context, backend, backend.instances(config.services()).inTurn(), 0);
    }

    /**
     * Asks the instance at {@code attempt}; one that cannot be connected to has received nothing, so the next one
     * is asked (the request body is still paused), and only when none connects does the caller get a 503.
     */
    private void forward(RoutingContext context, Backend backend, List<String> instances, int attempt) {
        HttpServerRequest in = context.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setAbsoluteURI(instances.get(attempt) + in.uri())
                .setIdleTimeout(config.proxy().requestTimeout().toMillis());
        client.request(options)
                .onFailure(failure -> {
                    if (attempt + 1 < instances.size()) {
                        LOG.debugf("%s at %s cannot be reached (%s); trying the next instance", backend.serviceName(),
                                instances.get(attempt), failure.toString());
                        forward(context, backend, instances, attempt + 1);
                    } else {
                        unavailable(context, backend, failure);
                    }
                })
                .onSuccess(out -> send(context, backend, in, out));
    }

    private void send(RoutingContext context, Backend backend, HttpServerRequest in, HttpClientRequest out) {
        ForwardedHeaders.copyRequest(in, out.headers());
        accessToken(context).ifPresent(token -> out.putHeader("Authorization", "Bearer " + token));
        boolean hasBody = in.headers().contains("Content-Length") || in.headers().contains("Transfer-Encoding");
        (hasBody ? out.send(in) : out.send())
                .onFailure(failure -> unavailable(context, backend, failure))
                .onSuccess(response -> relay(context, backend, response));
        if (!hasBody) {
            in.resume();
        }
    }

    private static void relay(RoutingContext context, Backend backend, HttpClientResponse response) {
        HttpServerResponse out = context.response();
        if (out.ended()) {
            return;
        }
        out.setStatusCode(response.statusCode());
        ForwardedHeaders.copyResponse(response.headers(), out.headers());
        if (!response.headers().contains("Content-Length")) {
            out.setChunked(true);
        }
        response.pipeTo(out).onFailure(failure -> {
            LOG.warnf("Relaying the answer of %s failed: %s", backend.serviceName(), failure.toString());
            if (!out.ended()) {
                out.reset();
            }
        });
    }

    private void unavailable(RoutingContext context, Backend backend, Throwable failure) {
        meters.counter("gongjian_gateway_unavailable", "service", backend.serviceName()).increment();
        LOG.warnf("%s is unavailable for %s %s: %s", backend.serviceName(), context.request().method(),
                context.normalizedPath(), failure.toString());
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        EdgeProblems.unavailable(context, backend.serviceName());
    }

    /** The verified caller's access token: the bearer token itself, or the one the browser session holds. */
    static Optional<String> accessToken(RoutingContext context) {
        SecurityIdentity identity = context.get(ApiAuthentication.IDENTITY);
        if (identity == null) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }
}
