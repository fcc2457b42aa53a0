package org.gongjian.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** URLs on the management interface of the application under test (health, metrics, OpenAPI, Swagger UI). */
public final class Management {

    private Management() {
    }

    /** {@code url("/q/metrics")}: the path as the management interface serves it. */
    public static String url(String path) {
        String base = TestHTTPResourceManager.getManagementUri(); // ends with the management root path, /q
        String root = base.replaceFirst("^(https?://[^/]+).*$", "$1");
        return root + path;
    }
}
