package org.gongjian.notification.service;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP POST to a URL over a connection to an address given beforehand: the one {@link WebhookTargets} checked.
 * The URL's host is not resolved again (a DNS answer that changed since the check cannot redirect the request to an
 * internal address); it still names the server in the {@code Host} header, in TLS SNI and in certificate
 * verification. Redirects are not followed.
 */
final class PinnedPost implements AutoCloseable {

    private final HttpClient client;
    private final Duration timeout;

    PinnedPost(Vertx vertx, Duration timeout) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(false));
    }

    /**
     * Blocks until the answer's status, the timeout or a failure.
     *
     * @return the HTTP status of the answer
     */
    int send(URI url, InetAddress address, Map<String, String> headers, String body) throws Exception {
        boolean https = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(https)
                .setHost(url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost())
                .setPort(port)
                .setURI(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/"
                        : url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach((name, value) -> options.putHeader(name, value));
        try {
            // The status is the receiver's answer; its body is not read. Waiting for the body's end with
            // HttpClientResponse.end() failed with an IllegalStateException when the whole response had arrived before
            // the call (vert.x issue 5614), so an acknowledged delivery was counted as failed and sent again.
            return client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
