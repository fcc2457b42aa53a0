package org.gongjian.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The infrastructure every service test needs, started in parallel: PostgreSQL, Kafka and an OIDC issuer.
 * Register it once per module:
 *
 * <pre>{@code
 * @QuarkusTestResource(GongjianTestResources.class)
 * class TestInfrastructure {
 * }
 * }</pre>
 */
public class GongjianTestResources implements QuarkusTestResourceLifecycleManager {

    private final List<QuarkusTestResourceLifecycleManager> resources = List.of(
            new PostgresTestResource(), new KafkaTestResource(), new OidcTestResource());

    @Override
    public Map<String, String> start() {
        List<CompletableFuture<Map<String, String>>> started = resources.stream()
                .map(resource -> CompletableFuture.supplyAsync(resource::start))
                .toList();
        Map<String, String> config = new HashMap<>();
        started.forEach(future -> config.putAll(future.join()));
        return config;
    }

    @Override
    public void stop() {
        resources.forEach(QuarkusTestResourceLifecycleManager::stop);
    }
}
