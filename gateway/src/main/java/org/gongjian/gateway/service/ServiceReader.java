package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.gateway.proxy.Backend;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads one JSON document from a service with the caller's token and a short timeout. Anything but a 2xx JSON
 * answer in time (refused, silent, an error status, unreadable JSON) is reported as "no answer", never thrown.
 */
@ApplicationScoped
public class ServiceReader {

    private static final Logger LOG = Logger.getLogger(ServiceReader.class);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    ServiceReader(Vertx vertx, GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.dashboard().timeout().toMillis())
                .setMaxPoolSize(32));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public CompletionStage<Optional<JsonNode>> read(Backend backend, String pathAndQuery, String accessToken) {
        long timeout = config.dashboard().timeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(backend.baseUrl(config.services()) + pathAndQuery)
                .setTimeout(timeout)
                .putHeader("Accept", "application/json")
                .putHeader("Authorization", "Bearer " + accessToken);
        Future<Optional<JsonNode>> answer = client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() / 100 != 2) {
                        LOG.warnf("%s answered %d to %s", backend.serviceName(), response.statusCode(), pathAndQuery);
                        return Optional.<JsonNode>empty();
                    }
                    return parse(backend, body.getBytes());
                }));
        CompletableFuture<Optional<JsonNode>> result = new CompletableFuture<>();
        answer.onComplete(done -> {
            if (done.succeeded()) {
                result.complete(done.result());
            } else {
                LOG.warnf("%s did not answer %s: %s", backend.serviceName(), pathAndQuery, done.cause().toString());
                result.complete(Optional.empty());
            }
        });
        return result;
    }

    private Optional<JsonNode> parse(Backend backend, byte[] body) {
        try {
            return Optional.of(json.readTree(body));
        } catch (IOException e) {
            LOG.warnf("%s answered unreadable JSON: %s", backend.serviceName(), e.getMessage());
            return Optional.empty();
        }
    }
}
