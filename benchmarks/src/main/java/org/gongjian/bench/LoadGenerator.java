package org.gongjian.bench;

import org.gongjian.stack.Percentiles;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load: {@code connections} workers, each sending its next request as soon as the previous one is
 * answered, for a warm-up (not recorded) and then a fixed duration (recorded). The workers share one HTTP/1.1 client,
 * whose pool therefore holds one connection per worker.
 */
final class LoadGenerator {

    record Result(int connections, long requests, long errors, double seconds, Percentiles latency, String firstError) {
        double throughput() {
            return requests / seconds;
        }
    }

    private LoadGenerator() {
    }

    /** {@code request} builds the n-th request of a worker (n counts from 0, per worker). */
    static Result run(int connections, Duration warmup, Duration duration, IntFunction<HttpRequest> request) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long recordFrom = start + warmup.toNanos();
        long end = recordFrom + duration.toNanos();
        List<Samples> samples = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int w = 0; w < connections; w++) {
            Samples mine = new Samples();
            samples.add(mine);
            int worker = w;
            workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
                int n = worker * 1_000_003;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    try {
                        HttpResponse<byte[]> response = client.send(request.apply(n++), HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, response.statusCode() + " " + new String(response.body()));
                        } else if (t0 >= recordFrom && t1 <= end) {
                            mine.add(t1 - t0);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }));
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        client.close();
        long[] all = Samples.merge(samples);
        return new Result(connections, all.length, errors.get(), duration.toNanos() / 1e9,
                Percentiles.of(all, TimeUnit.NANOSECONDS), firstError.get());
    }
}
