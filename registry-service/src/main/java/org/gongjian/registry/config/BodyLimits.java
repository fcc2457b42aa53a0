package org.gongjian.registry.config;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized body before it is read, as a problem response (413): spreadsheets up to the upload limit,
 * JSON bodies up to a much smaller one. Bodies without a length are still capped by quarkus.http.limits.max-body-size.
 */
@ApplicationScoped
public class BodyLimits {

    @ConfigProperty(name = "gongjian.registry.max-json-bytes", defaultValue = "1048576")
    long maxJson;
    @ConfigProperty(name = "gongjian.registry.max-upload-bytes", defaultValue = "20971520")
    long maxUpload;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            long limit = type != null && type.startsWith("multipart/") ? maxUpload : maxJson;
            if (length != null && parse(length) > limit) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://gongjian.org/problems/too-large\",\"title\":\"请求内容过大\",\"status\":413,"
                                + "\"detail\":\"The body has " + parse(length) + " bytes; at most " + limit + " are accepted\","
                                + "\"errors\":[{\"field\":\"body\",\"message\":\"at most " + limit + " bytes\"}]}");
                return;
            }
            context.next();
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
