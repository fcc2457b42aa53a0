package org.gongjian.gateway.webapp;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppCachingTest {

    private static String cacheControl(String path, int status) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
        AppCaching.apply(path, status, headers);
        return headers.get(HttpHeaders.CACHE_CONTROL);
    }

    @Test
    void hashedAssetsAreKeptForAYear() {
        assertThat(cacheControl("/assets/index-3bX9a1.js", 200)).isEqualTo("public, max-age=31536000, immutable");
        assertThat(cacheControl("/assets/antd-Q1w2e3.css", 304)).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void aMissingAssetIsNotKept() {
        assertThat(cacheControl("/assets/gone.js", 404)).isEqualTo("public, max-age=86400");
    }

    @Test
    void theAppsDocumentIsAskedForEveryTimeOnEveryPagePath() {
        assertThat(cacheControl("/", 200)).isEqualTo("no-cache");
        assertThat(cacheControl("/index.html", 304)).isEqualTo("no-cache");
        assertThat(cacheControl("/pairings/6f1c0c55-4c41-4b8e-9a55-0d4f3b7c1a01", 200)).isEqualTo("no-cache");
        assertThat(cacheControl("/my/pairings", 304)).isEqualTo("no-cache");
    }

    @Test
    void theApiKeepsItsOwnHeaders() {
        assertThat(cacheControl("/api/organizations", 200)).isEqualTo("public, max-age=86400");
        assertThat(cacheControl("/api/calendar/feed.ics", 200)).isEqualTo("public, max-age=86400");
    }
}
