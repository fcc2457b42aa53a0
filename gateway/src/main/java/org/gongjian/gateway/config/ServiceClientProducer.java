package org.gongjian.gateway.config;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one HTTP client the gateway reads the services with (the overview, the operation log, the ledger's sheets):
 * HTTP/1.1 on virtual threads, waiting for a connection as long as the proxy does. Each caller bounds its own requests.
 * <p>
 * The JDK's client: Vert.x 4.5's {@code HttpClientResponse.body()} can drop the end of an answer that arrives before it
 * is called from another thread (vert.x issue 6038), and its future then never completes; a merged page of the
 * operation log waited for it forever.
 */
@ApplicationScoped
public class ServiceClientProducer {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Produces
    @Singleton
    HttpClient serviceClient(GatewayConfig config) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(config.proxy().connectTimeout()).build();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
