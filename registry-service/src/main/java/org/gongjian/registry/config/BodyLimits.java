package org.gongjian.registry.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemMappers;

import java.util.List;

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

    private final ObjectMapper json;

    BodyLimits(ObjectMapper json) {
        this.json = json;
    }

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

    private void refuse(RoutingContext context, long length, long limit) {
        Problem problem = ProblemMappers.problem(413, "too-large",
                "The body has " + length + " bytes; at most " + limit + " are accepted",
                List.of(new Problem.FieldError("body", "at most " + limit + " bytes")),
                Languages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)), context.request().path());
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
