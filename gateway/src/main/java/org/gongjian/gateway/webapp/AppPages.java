package org.gongjian.gateway.webapp;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Every page of the web app is the same document: a GET of a page path (`/pairings/…`, `/organizations?q=…`) is
 * answered with the app's index page, whose router then shows the page, so that a link to any page can be shared
 * and reloaded. Before the REST layer, which would answer such paths with 404; the API, the management paths, the
 * signed links, the logout and files (a name with an extension) are left alone.
 */
@ApplicationScoped
public class AppPages {

    /** After the service proxy (3), before the REST layer and the static files. */
    static final int ROUTE_ORDER = 4;

    private static final List<String> NOT_PAGES = List.of("/api/", "/q/", "/r/", "/assets/", "/logout");

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::toIndex);
    }

    private void toIndex(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET && isPage(context.normalizedPath())) {
            context.reroute("/");
        } else {
            context.next();
        }
    }

    static boolean isPage(String path) {
        if (path == null || path.equals("/") || path.equals("/api") || path.equals("/q")) {
            return false;
        }
        for (String prefix : NOT_PAGES) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
