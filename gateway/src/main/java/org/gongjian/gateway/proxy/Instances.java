package org.gongjian.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service, from its configured base URLs separated by commas
 * ({@code GONGJIAN_GATEWAY_SERVICES_PAIRING=http://host-a:8082,http://host-b:8082}): requests take them in turn
 * (round robin), and a request that cannot connect to one tries the next, so that an instance that is down costs
 * nothing but a refused connection.
 */
public final class Instances {

    private static final Map<String, Instances> BY_CONFIGURATION = new ConcurrentHashMap<>();

    private final List<String> urls;
    private final AtomicInteger turn = new AtomicInteger();

    Instances(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one base URL");
        }
        this.urls = List.copyOf(urls);
    }

    /** The instances of a configured value, the same object (and turn) for the same value. */
    public static Instances of(String configured) {
        return BY_CONFIGURATION.computeIfAbsent(configured, Instances::parse);
    }

    static Instances parse(String configured) {
        List<String> urls = new ArrayList<>();
        for (String part : configured.split(",")) {
            String url = part.trim();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return new Instances(urls);
    }

    /** Every instance once: first the one whose turn it is, then the others in order, to fail over to. */
    public List<String> inTurn() {
        int first = Math.floorMod(turn.getAndIncrement(), urls.size());
        List<String> order = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            order.add(urls.get((first + i) % urls.size()));
        }
        return order;
    }

    public List<String> all() {
        return urls;
    }
}
