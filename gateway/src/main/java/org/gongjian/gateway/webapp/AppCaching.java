package org.gongjian.gateway.webapp;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How long a browser keeps the web app's files. The scripts and styles under {@code /assets/} carry a hash of their
 * content in their names, so a browser keeps them for a year and never asks again; the app's document (its index
 * page, answered for every page path) names the current ones, so a browser asks for it every time (a 304 when it
 * has not changed) and a new version of the app is seen at the next page load. Without this every file, the
 * document included, would be kept a day without asking.
 */
@ApplicationScoped
public class AppCaching {

    /** Like the security headers: on every answer, set when the headers are written. */
    static final int PRIORITY = 390;

    static final String ASSETS = "/assets/";
    private static final CharSequence KEEP = HttpHeaders.createOptimized("public, max-age=31536000, immutable");
    private static final CharSequence ASK_AGAIN = HttpHeaders.createOptimized("no-cache");

    void register(@Observes Filters filters) {
        filters.register(this::onHeadersEnd, PRIORITY);
    }

    private void onHeadersEnd(RoutingContext context) {
        String path = context.normalizedPath();
        if (isAppFile(path)) { // the proxied API requests, the gateway's hot path, get no handler
            context.addHeadersEndHandler(ignored -> apply(path, context.response().getStatusCode(), context.response().headers()));
        }
        context.next();
    }

    private static boolean isAppFile(String path) {
        return path != null && !path.startsWith("/api/");
    }

    static void apply(String path, int status, MultiMap headers) {
        if (!isAppFile(path)) {
            return;
        }
        if (path.startsWith(ASSETS)) {
            if (status == 200 || status == 304) {
                headers.set(HttpHeaders.CACHE_CONTROL, KEEP);
            }
            return;
        }
        if (path.equals("/") || path.equals("/index.html") || AppPages.isPage(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, ASK_AGAIN);
        }
    }
}
