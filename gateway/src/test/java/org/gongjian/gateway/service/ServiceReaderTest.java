package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.gongjian.gateway.proxy.Backend;
import org.gongjian.gateway.support.FakeOperationLog;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading one JSON document from each service, as the overview and the operation log do, step after step. */
@QuarkusTest
class ServiceReaderTest {

    private static final String PAGE = "/api/operation-log?size=6&district=xiangtan-htz";

    @Inject
    ServiceReader reader;

    @Inject
    Vertx vertx;

    private final String token = Tokens.user("admin.reader").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").sign();

    /**
     * Eight callers each read all four services a hundred times, as the steps of numbered pages do, each from a
     * worker thread of its own Vert.x context as a resource method runs. Every read is answered: an answer whose end
     * came before its body was awaited once left a page waiting for ever.
     */
    @Test
    void everyReadOfManyAtOnceIsAnswered() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> answered = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                Context context = starters.submit(vertx::getOrCreateContext).get();
                answered.add(context.<Integer>executeBlocking(() -> {
                    int count = 0;
                    for (int step = 0; step < 100; step++) {
                        List<Optional<JsonNode>> pages = new ArrayList<>();
                        for (Backend backend : Backend.values()) {
                            pages.add(reader.read(backend, PAGE, token).toCompletableFuture().get(10, TimeUnit.SECONDS));
                        }
                        count += (int) pages.stream().filter(page -> page.map(p -> p.path("items").size() == 5).orElse(false)).count();
                    }
                    return count;
                }, false).toCompletionStage().toCompletableFuture());
            }
            for (CompletableFuture<Integer> caller : answered) {
                assertThat(caller.get(60, TimeUnit.SECONDS)).isEqualTo(400);
            }
        } finally {
            starters.shutdownNow();
        }
    }

    @Test
    void unreadableJsonAndAStoppedServiceAreNoAnswerWithoutWaitingForTheTimeout() throws Exception {
        String broken = PAGE + "&actor=" + FakeOperationLog.silentOnSecondPage("pairing-service")
                + "&after=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        (FakeOperationLog.NEWEST + ",00000000-0000-0000-0000-000000000000").getBytes());
        assertThat(reader.read(Backend.PAIRING, broken, token).toCompletableFuture().get(10, TimeUnit.SECONDS)).isEmpty();

        FakeServices.stop("registry-service");
        try {
            long started = System.nanoTime();
            assertThat(reader.read(Backend.REGISTRY, PAGE, token).toCompletableFuture().get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        } finally {
            FakeServices.start("registry-service");
        }
        assertThat(reader.read(Backend.REGISTRY, PAGE, token).toCompletableFuture().get(10, TimeUnit.SECONDS)).isPresent();
    }
}
