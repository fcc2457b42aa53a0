package org.gongjian.bench;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@code run.sh}: {@code --scale small|province}, {@code --only m1,m2}, {@code --duration s}
 * (recorded seconds per load point), {@code --warmup s}.
 */
record Options(String scale, Set<String> only, Duration duration, Duration warmup) {

    static final List<String> MEASURES = List.of("limits", "reads", "notices", "launches", "startup", "overview", "search", "import", "ledger");

    static Options parse(String... args) {
        String scale = "small";
        Set<String> only = new LinkedHashSet<>(MEASURES);
        Duration duration = Duration.ofSeconds(10);
        Duration warmup = Duration.ofSeconds(5);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--scale" -> {
                    scale = value(args, ++i, a);
                    if (!scale.equals("small") && !scale.equals("province")) {
                        throw new IllegalArgumentException("--scale must be small or province, not " + scale);
                    }
                }
                case "--only" -> {
                    only = new LinkedHashSet<>(List.of(value(args, ++i, a).split(",")));
                    for (String m : only) {
                        if (!MEASURES.contains(m)) {
                            throw new IllegalArgumentException("unknown measure " + m + "; known: " + MEASURES);
                        }
                    }
                }
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(value(args, ++i, a)));
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value(args, ++i, a)));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + "; usage: run.sh [--scale small|province] [--only " + String.join(",", MEASURES) + "] [--duration s] [--warmup s]");
            }
        }
        return new Options(scale, only, duration, warmup);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    boolean wants(String measure) {
        return only.contains(measure);
    }

    /** Organizations loaded for reads and search: all of them, and those in the caller's district. */
    int organizations() {
        return scale.equals("province") ? 200_000 : 20_000;
    }

    int districts() {
        return scale.equals("province") ? 100 : 10;
    }

    int pairingsPerDistrict() {
        return scale.equals("province") ? 500 : 100;
    }

    int activities() {
        return scale.equals("province") ? 10_000_000 : 200_000;
    }

    int homeOrganizations() {
        return 10_000;
    }
}
