package org.gongjian.gateway.rest;

import io.vertx.ext.web.RoutingContext;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Message;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemMappers;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Texts;

import java.util.Map;

/**
 * Problems answered straight on the Vert.x router (the proxy and the edge filters run before the REST layer, so the
 * shared exception mappers never see these), written by platform-rest's {@link ProblemMappers#write} like every other
 * answer on a route: the same shape, titles and details in the request's language.
 */
public final class EdgeProblems {

    private static final Texts TEXTS = Texts.of("gateway");

    private EdgeProblems() {
    }

    public static void unauthorized(RoutingContext context) {
        if (!context.response().headWritten()) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ProblemMappers.write(context, new ProblemException(401, "unauthorized", ProblemTitles.detail("unauthorized")));
    }

    public static void tooManyRequests(RoutingContext context, long retryAfterSeconds) {
        if (!context.response().headWritten()) {
            context.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        ProblemMappers.write(context, new ProblemException(429, "too-many-requests",
                TEXTS.message("problem.too-many-requests", retryAfterSeconds)));
    }

    /**
     * 503 naming the service that did not answer: the detail reads e.g. "联建活动服务暂时不可用，其他服务不受影响", and the
     * extension member {@code service} carries its name ({@code activity-service}) for a program.
     */
    public static void unavailable(RoutingContext context, String serviceName) {
        Message service = TEXTS.find(Languages.DEFAULT, "service." + serviceName).isPresent()
                ? TEXTS.message("service." + serviceName) : Message.plain(serviceName);
        ProblemMappers.write(context, new ProblemException(503, "unavailable", TEXTS.message("problem.unavailable", service)),
                Map.of("service", serviceName));
    }
}
