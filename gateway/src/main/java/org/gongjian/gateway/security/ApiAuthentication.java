package org.gongjian.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gongjian.gateway.proxy.RouteTable;
import org.gongjian.gateway.rest.EdgeProblems;

import java.util.function.BiConsumer;

/**
 * {@code /api/**} answers a missing, forged, expired or foreign token with a 401 problem, never with a redirect to
 * the login page: a browser session (code flow cookie) or a bearer token are both accepted, but a request with
 * neither is refused here, except on the public paths of {@link RouteTable#isPublic} (the calendar feed, which carries
 * its own token), which pass without one; a token they do carry must still be valid. Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that this class
 * decides how a failure answers; the web app pages keep the code-flow redirect of quarkus-oidc.
 */
@ApplicationScoped
public class ApiAuthentication {

    /** After authentication has been set up (200), before the permission check (100). */
    static final int FAILURE_HANDLER_PRIORITY = 150;
    /** The first of the gateway's own routes; the REST layer and static resources come much later. */
    public static final int ROUTE_ORDER = 1;
    /** Where the guard leaves the verified identity for the rate limiter and the proxy. */
    public static final String IDENTITY = ApiAuthentication.class.getName() + ".identity";

    private static final BiConsumer<RoutingContext, Throwable> ANSWER_401 = (context, failure) -> EdgeProblems.unauthorized(context);

    private final IdentityProviderManager identities;

    ApiAuthentication(IdentityProviderManager identities) {
        this.identities = identities;
    }

    void installFailureHandler(@Observes Filters filters) {
        filters.register(context -> {
            if (isApi(context)) {
                context.request().pause();
                context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWER_401);
            }
            context.next();
        }, FAILURE_HANDLER_PRIORITY);
    }

    void installGuard(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::requireIdentity);
    }

    private void requireIdentity(RoutingContext context) {
        // the path as sent too: the service receives it unnormalized, and must see the same public path
        boolean publicPath = RouteTable.isPublic(context.normalizedPath()) && RouteTable.isPublic(context.request().path());
        QuarkusHttpUser.getSecurityIdentity(context, identities).subscribe().with(
                identity -> proceedIfAuthenticated(context, identity, publicPath),
                failure -> {
                    // a token refused (expired, forged) has been answered by the failure handler above already
                    if (!context.response().headWritten()) {
                        EdgeProblems.unauthorized(context);
                    }
                });
    }

    private static void proceedIfAuthenticated(RoutingContext context, SecurityIdentity identity, boolean publicPath) {
        if (context.response().ended()) {
            return;
        }
        if (identity == null || identity.isAnonymous()) {
            if (publicPath) {
                context.next();
            } else {
                EdgeProblems.unauthorized(context);
            }
        } else {
            context.put(IDENTITY, identity);
            context.next();
        }
    }

    private static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api/");
    }
}
