package org.gongjian.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

import java.util.Locale;
import java.util.Set;

/**
 * Which headers cross the gateway: end-to-end headers pass (content type and length, {@code traceparent},
 * {@code If-Match}, {@code Accept-Language} ...); hop-by-hop headers, the gateway's own session cookies and the
 * caller's {@code Authorization} (replaced by the verified token) do not.
 */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "upgrade", "host", "transfer-encoding");
    private static final Set<String> NOT_FORWARDED = Set.of("authorization", "cookie");

    private ForwardedHeaders() {
    }

    static void copyRequest(HttpServerRequest in, MultiMap target) {
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !NOT_FORWARDED.contains(name)) {
                target.add(header.getKey(), header.getValue());
            }
        });
        String clientAddress = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
        if (clientAddress != null) {
            String prior = in.getHeader("X-Forwarded-For");
            target.set("X-Forwarded-For", prior == null ? clientAddress : prior + ", " + clientAddress);
        }
        target.set("X-Forwarded-Proto", in.isSSL() ? "https" : "http");
        if (in.authority() != null) {
            target.set("X-Forwarded-Host", in.authority().toString());
        }
    }

    static void copyResponse(MultiMap source, MultiMap target) {
        source.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)) {
                target.add(header.getKey(), header.getValue());
            }
        });
    }
}
