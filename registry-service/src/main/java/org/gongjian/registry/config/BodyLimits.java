package org.gongjian.registry.config;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemMappers;
import org.gongjian.rest.Texts;

import java.util.List;

/**
 * Refuses an oversized body before it is read, as a problem response (413, written by platform-rest as on any other
 * route, in the caller's language): spreadsheets up to the upload limit,
 * JSON bodies up to a much smaller one. Bodies without a length are still capped by quarkus.http.limits.max-body-size.
 */
@ApplicationScoped
public class BodyLimits {

    private static final Texts TEXTS = Texts.of("registry");

    @ConfigProperty(name = "gongjian.registry.max-json-bytes", defaultValue = "1048576")
    long maxJson;
    @ConfigProperty(name = "gongjian.registry.max-upload-bytes", defaultValue = "20971520")
    long maxUpload;

    void install(@Observes Router router) {
        // only methods that carry a body: a read passes no handler of this class
        router.route().method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH).order(-1000).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            long limit = type != null && type.startsWith("multipart/") ? maxUpload : maxJson;
            if (length != null && parse(length) > limit) {
                refuse(context, parse(length), limit);
                return;
            }
            context.next();
        });
    }

    private static void refuse(RoutingContext context, long length, long limit) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        ProblemMappers.write(context, new ProblemException(413, "too-large", TEXTS.message("body.too-large", length, limit),
                List.of(new ProblemException.Field("body", TEXTS.message("body.at-most", limit)))));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
