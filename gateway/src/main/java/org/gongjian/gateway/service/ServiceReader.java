package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.gateway.proxy.Backend;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Reads one JSON document from a service with the caller's token and a short timeout. Anything but a 2xx JSON
 * answer in time (refused, silent, an error status, unreadable JSON) is reported as "no answer", never thrown. The
 * client is the gateway's one for reading the services ({@code ServiceClientProducer}).
 */
@ApplicationScoped
public class ServiceReader {

    private static final Logger LOG = Logger.getLogger(ServiceReader.class);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    ServiceReader(GatewayConfig config, ObjectMapper json, HttpClient client) {
        this.config = config;
        this.json = json;
        this.client = client;
    }

    public CompletionStage<Optional<JsonNode>> read(Backend backend, String pathAndQuery, String accessToken) {
        Duration timeout = config.dashboard().timeout();
        HttpRequest request = HttpRequest.newBuilder(URI.create(backend.baseUrl(config.services()) + pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .GET().build();
        // the request's timeout ends at the answer's head; this one also bounds a body that stops coming
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        LOG.warnf("%s did not answer %s: %s", backend.serviceName(), pathAndQuery, failure.toString());
                        return Optional.empty();
                    }
                    if (response.statusCode() / 100 != 2) {
                        LOG.warnf("%s answered %d to %s", backend.serviceName(), response.statusCode(), pathAndQuery);
                        return Optional.empty();
                    }
                    return parse(backend, response.body());
                });
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
