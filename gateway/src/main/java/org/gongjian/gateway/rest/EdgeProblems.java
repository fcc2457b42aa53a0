package org.gongjian.gateway.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemTitles;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * RFC 9457 answers written straight on the Vert.x router (the proxy and the edge filters run before the REST
 * layer, so the shared exception mappers never see these). Titles come from message bundles, zh-CN by default.
 */
public final class EdgeProblems {

    private static final String TYPE_PREFIX = "https://gongjian.org/problems/";

    private EdgeProblems() {
    }

    public static void unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        write(context, 401, "unauthorized", ProblemTitles.title("unauthorized", locales(context)),
                "A valid access token is required", null);
    }

    public static void tooManyRequests(RoutingContext context, long retryAfterSeconds) {
        context.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(context, 429, "too-many-requests", ProblemTitles.title("too-many-requests", locales(context)),
                "Rate limit exceeded; retry after " + retryAfterSeconds + " s", null);
    }

    /** 503 naming the service that did not answer; the title reads e.g. "活动服务暂时不可用". */
    public static void unavailable(RoutingContext context, String serviceName) {
        ResourceBundle bundle = GatewayMessages.bundle(locales(context));
        String title = MessageFormat.format(bundle.getString("problem.unavailable"), GatewayMessages.serviceLabel(bundle, serviceName));
        write(context, 503, "unavailable", title, serviceName + " did not answer; other services are unaffected", serviceName);
    }

    private static void write(RoutingContext context, int status, String kind, String title, String detail, String service) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", TYPE_PREFIX + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        if (service != null) {
            problem.put("service", service);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8")
                .end(problem.encode());
    }

    static List<Locale> locales(RoutingContext context) {
        return context.acceptableLanguages().stream()
                .map(LanguageHeader::value)
                .map(Locale::forLanguageTag)
                .toList();
    }
}
