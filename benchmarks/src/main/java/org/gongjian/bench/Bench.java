package org.gongjian.bench;

import org.gongjian.stack.ComponentStatus;
import org.gongjian.stack.LocalStack;
import org.gongjian.stack.Percentiles;
import org.gongjian.stack.ServiceSpec;
import org.gongjian.stack.StackConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The benchmark: starts the stack through deploy/local's launcher on free ports (PostgreSQL with fsync on, the
 * gateway's rate limit lifted by its configuration), loads data, runs each measure, prints one table and writes it to
 * {@code benchmarks/RESULTS.md}. Run it with {@code benchmarks/run.sh}.
 */
public final class Bench {

    private static final String DB_USER = "gongjian";
    private static final String DB_PASSWORD = "gongjian";

    private final Options options;
    private final Path repo;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private LocalStack stack;
    private PgBench pgbench;

    private Bench(Options options, Path repo) {
        this.options = options;
        this.repo = repo;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path repo = Path.of(System.getProperty("gongjian.repo.dir", ".")).toAbsolutePath().normalize();
        new Bench(options, repo).run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String loadAtStart = Machine.loadAverage();
        Path baseDir = repo.resolve("benchmarks/target/stack");
        if (Files.exists(baseDir)) {
            LocalStack.of(StackConfig.forTests(repo, baseDir)).purge();
        }
        StackConfig config = StackConfig.forTests(repo, baseDir).toBuilder()
                // lifted, not disabled: the limiter still runs on every request, as in production
                .serviceEnv("gateway", "GONGJIAN_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000")
                .serviceEnv("gateway", "GONGJIAN_GATEWAY_RATE_LIMIT_BURST", "1000000")
                .serviceTimeout(Duration.ofMinutes(10)).keycloakTimeout(Duration.ofMinutes(15))
                .build();
        pgbench = new PgBench("/usr/bin/pgbench", config.postgresPort(), DB_USER, DB_PASSWORD, repo.resolve("benchmarks/target/pgbench"));
        stack = LocalStack.start(config);
        String fsync = "?";
        try {
            fsync = setting("fsync") + ", " + setting("synchronous_commit");
            rows.add(new Row("(4) whole stack: launch to every service ready", "-", null, null, null, null, null, null,
                    String.format("%.1f s (PostgreSQL, Kafka, Keycloak, GreenMail, %d services)", stack.startupTime().toMillis() / 1000.0,
                            stack.startedServices().size())));
            step("limits", this::limits);
            if (options.wants("reads") || options.wants("search")) {
                long t0 = System.nanoTime();
                RegistryData.load(stack.jdbcUrl("registry"), DB_USER, DB_PASSWORD, options.organizations(), options.homeOrganizations());
                notes.add(String.format("Loaded %,d organizations (%,d in %s, the rest over 99 other districts) into registry-service's "
                                + "table with one INSERT … SELECT generate_series in %.1f s. Only registry-service holds them (no events were "
                                + "published), which the read and search measures need no more than that.",
                        options.organizations(), options.homeOrganizations(), RegistryData.HOME_DISTRICT, (System.nanoTime() - t0) / 1e9));
            }
            step("reads", this::reads);
            step("search", this::search);
            // the import publishes an event per row: after the notice measures, so that no backlog of it delays them
            step("notices", this::notices);
            step("launches", this::launches);
            step("import", this::importRows);
            step("overview", this::overview);
            step("ledger", this::ledger);
            step("startup", this::startup);
        } finally {
            stack.stop();
            keepLogsAndPurge(baseDir);
        }
        String loadAtEnd = Machine.loadAverage();
        write(started, loadAtStart, loadAtEnd, fsync, config);
    }

    /** The logs go to {@code benchmarks/target/logs}; the databases (gigabytes at province scale) are deleted. */
    private void keepLogsAndPurge(Path baseDir) {
        stack.copyLogs(repo.resolve("benchmarks/target/logs"));
        try {
            stack.purge();
        } catch (RuntimeException e) {
            System.err.println("WARNING could not purge " + baseDir + ": " + e);
        }
    }

    private interface Measure {
        void run() throws Exception;
    }

    private void step(String name, Measure measure) {
        if (!options.wants(name)) {
            return;
        }
        System.out.println("== " + name);
        try {
            measure.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            rows.add(Row.notRun("(" + name + ")", "failed: " + e.toString().replaceAll("\\s+", " ")));
        }
    }

    private String setting(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("registry"), DB_USER, DB_PASSWORD);
                ResultSet r = c.createStatement().executeQuery("SHOW " + name)) {
            r.next();
            return name + " = " + r.getString(1);
        }
    }

    // ---- physical limits

    private double kafkaLimit = -1;

    private void limits() throws Exception {
        int count = 50_000;
        kafkaLimit = KafkaLimit.recordsPerSecond(stack.kafkaBootstrapServers(), count, 600);
        rows.add(new Row("Kafka: producer → consumer on the stack's broker", "1 + 1", kafkaLimit, null, null, null, null, null,
                String.format("%,d records of 600 bytes, acks=all, idempotent, read_committed", count)));
    }

    // ---- (1) reads

    private void reads() throws Exception {
        String token = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
        int home = options.homeOrganizations();
        String registry = stack.serviceUrl("registry-service");
        String gateway = stack.gatewayUrl();
        IntFunction<String> byId = n -> "/api/organizations/" + RegistryData.id(1 + Math.floorMod(n * 7919, home));
        IntFunction<String> list = n -> "/api/organizations?sector=NON_PUBLIC_ENTERPRISE&size=20&page=" + Math.floorMod(n, 10);

        // warm both JVMs before the first recorded point
        LoadGenerator.run(8, Duration.ZERO, options.warmup().multipliedBy(2), get(registry, byId, token));
        LoadGenerator.run(8, Duration.ZERO, options.warmup().multipliedBy(2), get(gateway, byId, token));

        String byIdSql = "\\set n random(1, " + home + ")\nSELECT * FROM organization WHERE id = md5('org' || :n)::uuid;\n";
        String listSql = """
                \\set p random(0, 9)
                SELECT * FROM organization WHERE district = '%1$s' AND sector = 'NON_PUBLIC_ENTERPRISE' ORDER BY name LIMIT 20 OFFSET :p * 20;
                SELECT count(*) FROM organization WHERE district = '%1$s' AND sector = 'NON_PUBLIC_ENTERPRISE';
                """.formatted(RegistryData.HOME_DISTRICT);
        for (int connections : new int[] {4, 16}) {
            readPoint("(1) organization by id", byId, byIdSql, connections, token, registry, gateway);
        }
        for (int connections : new int[] {4, 16}) {
            readPoint("(1) filtered list (sector, page of 20)", list, listSql, connections, token, registry, gateway);
        }
        LoadGenerator.Result live = LoadGenerator.run(16, options.warmup(), options.duration(),
                n -> HttpRequest.newBuilder(URI.create(stack.config().managementUrl("registry-service") + "/q/health/live")).build());
        rows.add(Row.of("(1) registry /q/health/live (no token, no database)", live, "the service's floor"));
    }

    private void readPoint(String measure, IntFunction<String> path, String sql, int connections, String token,
                           String registry, String gateway) throws Exception {
        LoadGenerator.Result direct = LoadGenerator.run(connections, options.warmup(), options.duration(), get(registry, path, token));
        LoadGenerator.Result proxied = LoadGenerator.run(connections, options.warmup(), options.duration(), get(gateway, path, token));
        String limit = "-";
        Double tps = null;
        if (pgbench.available()) {
            tps = pgbench.tps("registry", sql, connections, options.duration());
            limit = String.format("pgbench %,.0f tps", tps);
        } else {
            limit = "pgbench absent";
        }
        Row d = Row.of(measure + ", registry-service", direct, "");
        Row g = Row.of(measure + ", through the gateway", proxied,
                String.format("gateway costs %.0f %% of the service's throughput", 100 * (1 - proxied.throughput() / direct.throughput())));
        rows.add(tps == null ? d : d.withLimit(limit, direct.throughput() / tps));
        rows.add(tps == null ? g : g.withLimit(limit, proxied.throughput() / tps));
    }

    private static IntFunction<HttpRequest> get(String base, IntFunction<String> path, String token) {
        return n -> HttpRequest.newBuilder(URI.create(base + path.apply(n))).header("Authorization", token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    // ---- (2) and (3): notices

    private Pairings pairings;

    private Pairings pairings() throws Exception {
        if (pairings == null) {
            long t0 = System.nanoTime();
            pairings = new Pairings(stack);
            notes.add(String.format("Notice measures: the seed-004 scenario loaded through the gateway's API (DemoData: 21 organizations "
                    + "with secretaries and liaisons, 9 pairings, one launch) in %.1f s; the benchmark's pairings are proposed through "
                    + "pairing-service's API, so every projection learns them from the real events.", (System.nanoTime() - t0) / 1e9));
        }
        return pairings;
    }

    private void notices() throws Exception {
        Pairings p = pairings();
        int count = 1_000;
        long t0 = System.nanoTime();
        List<String> ids = p.propose(count, "基准审批结对");
        notes.add(String.format("(2) proposed %,d one-to-one pairings with 8 clients in %.1f s", count, (System.nanoTime() - t0) / 1e9));
        String token = p.token();
        String readToken = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
        int home = options.homeOrganizations();
        boolean haveOrgs = options.wants("reads") || options.wants("search");
        IntFunction<String> byId = n -> haveOrgs ? "/api/organizations/" + RegistryData.id(1 + Math.floorMod(n * 7919, home))
                : "/api/organizations?size=20";
        // background read load through the gateway while the approvals run
        LoadGenerator.Result[] background = new LoadGenerator.Result[1];
        Map<String, Instant> sent = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean approving = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reads = Thread.ofPlatform().start(() -> {
            while (approving.get()) {
                background[0] = LoadGenerator.run(4, Duration.ZERO, Duration.ofSeconds(5), get(stack.gatewayUrl(), byId, readToken));
            }
        });
        long a0 = System.nanoTime();
        try (java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (String id : ids) {
                all.add(clients.submit(() -> {
                    sent.put(id, p.approve(token, id));
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
        }
        double approvalSeconds = (System.nanoTime() - a0) / 1e9;
        Map<String, Instant> written = new java.util.HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("notification"), DB_USER, DB_PASSWORD);
                var q = c.prepareStatement("SELECT subject_id::text, min(created_at) FROM notice WHERE recipient_role = 'LIAISON' "
                        + "AND subject_id = ANY (?::uuid[]) GROUP BY subject_id")) {
            q.setArray(1, c.createArrayOf("text", ids.toArray()));
            while (written.size() < ids.size() && System.nanoTime() < deadline) {
                written.clear();
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        written.put(r.getString(1), r.getObject(2, java.time.OffsetDateTime.class).toInstant());
                    }
                }
                Thread.sleep(500);
            }
        } finally {
            approving.set(false);
            reads.join();
        }
        long[] latencies = written.entrySet().stream()
                .mapToLong(e -> Duration.between(sent.get(e.getKey()), e.getValue()).toNanos()).toArray();
        Percentiles latency = Percentiles.of(latencies, TimeUnit.NANOSECONDS);
        LoadGenerator.Result bg = background[0];
        rows.add(new Row("(2) approval → notice written for the liaison", "2 clients + reads", count / approvalSeconds,
                latency.millis(50), latency.millis(95), latency.millis(99), null, null,
                String.format("%,d approvals, %,d liaison notices found; latency = notice.created_at − approval sent (same clock); "
                                + "background: gateway reads by id at 4 conn, %,.0f/s p99 %.1f ms in its last 5 s", count, written.size(),
                        bg == null ? 0 : bg.throughput(), bg == null ? 0 : bg.latency().millis(99))));
    }

    private void launches() throws Exception {
        Pairings p = pairings();
        long t0 = System.nanoTime();
        List<String> ids = p.propose(1_000, "基准启动结对");
        notes.add(String.format("(3) proposed 1,000 one-to-one pairings with 8 clients in %.1f s", (System.nanoTime() - t0) / 1e9));
        String token = p.token();
        Instant start = Instant.now();
        long s0 = System.nanoTime();
        double[] answered = new double[2];
        Thread first = Thread.ofPlatform().start(() -> launchTimed(p, token, ids.subList(0, 500), "基准启动仪式一", answered, 0, s0));
        Thread second = Thread.ofPlatform().start(() -> launchTimed(p, token, ids.subList(500, 1_000), "基准启动仪式二", answered, 1, s0));
        first.join();
        second.join();
        if (answered[0] < 0 || answered[1] < 0) {
            throw new IllegalStateException("a launch failed (see above)");
        }
        long notices = 0;
        long stableSince = System.nanoTime();
        long sentMails = 0;
        long dead = 0;
        long pending = 1;
        Instant lastNotice = null;
        Instant lastSent = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("notification"), DB_USER, DB_PASSWORD);
                var nq = c.prepareStatement("SELECT count(*), max(created_at) FROM notice WHERE created_at >= ?");
                var dq = c.prepareStatement("SELECT count(*) FILTER (WHERE status IN ('PENDING', 'RETRY', 'SENDING')), "
                        + "count(*) FILTER (WHERE status = 'SENT'), count(*) FILTER (WHERE status = 'DEAD'), max(sent_at) "
                        + "FROM delivery WHERE channel = 'EMAIL' AND created_at >= ?")) {
            java.time.OffsetDateTime since = start.atOffset(ZoneOffset.UTC);
            nq.setObject(1, since);
            dq.setObject(1, since);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = nq.executeQuery()) {
                    r.next();
                    long n = r.getLong(1);
                    if (n != notices) {
                        notices = n;
                        stableSince = System.nanoTime();
                    }
                    var t = r.getObject(2, java.time.OffsetDateTime.class);
                    lastNotice = t == null ? null : t.toInstant();
                }
                try (ResultSet r = dq.executeQuery()) {
                    r.next();
                    pending = r.getLong(1);
                    sentMails = r.getLong(2);
                    dead = r.getLong(3);
                    var t = r.getObject(4, java.time.OffsetDateTime.class);
                    lastSent = t == null ? null : t.toInstant();
                }
                if (notices > 0 && pending == 0 && System.nanoTime() - stableSince > Duration.ofSeconds(10).toNanos()) {
                    break;
                }
                Thread.sleep(250);
            }
        }
        Instant end = lastSent != null && lastNotice != null && lastSent.isAfter(lastNotice) ? lastSent : lastNotice;
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        double rate = notices / seconds;
        Row row = new Row("(3) launches of 2 × 500 pairings → notices until the last e-mail is handed to SMTP", "2 launches",
                rate, null, null, null, null, null,
                String.format("%,d notices and %,d e-mails sent (%,d dead, %,d still pending) in %.1f s from the first request; "
                                + "the launches answered after %.1f s and %.1f s; target ≥ 2,000 notices/s: %s", notices, sentMails, dead,
                        pending, seconds, answered[0], answered[1], rate >= 2000 ? "met" : "NOT met"));
        rows.add(kafkaLimit > 0 ? row.withLimit(String.format("Kafka %,.0f records/s", kafkaLimit), rate / kafkaLimit) : row);
    }

    private static void launchTimed(Pairings p, String token, List<String> ids, String title, double[] answered, int i, long s0) {
        try {
            p.launch(token, ids, title);
            answered[i] = (System.nanoTime() - s0) / 1e9;
        } catch (Exception e) {
            e.printStackTrace();
            answered[i] = -1;
        }
    }

    // ---- (5) overview and cadence

    private void overview() throws Exception {
        int districts = options.districts();
        int perDistrict = options.pairingsPerDistrict();
        int activities = options.activities();
        long t0 = System.nanoTime();
        ActivityData.load(stack.jdbcUrl("activity"), DB_USER, DB_PASSWORD, districts, perDistrict, activities);
        notes.add(String.format("(5) loaded %,d activities of %,d pairings in %d districts into activity-service's tables (pairing_view, "
                        + "activity, activity_attendance, activity_daily_stats) with INSERT … SELECT generate_series in %.1f s; pairing-, "
                        + "registry- and notification-service do not hold these rows (no events); the ledger measure loads its own.",
                activities, districts * perDistrict, districts, (System.nanoTime() - t0) / 1e9));
        String token = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
        String activity = stack.serviceUrl("activity-service");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String year = "from=" + today.minusYears(1) + "&to=" + today;
        String month = "from=" + today.withDayOfMonth(1) + "&to=" + today;
        LoadGenerator.Result o = LoadGenerator.run(8, options.warmup(), options.duration(),
                get(activity, n -> "/api/activities/stats?" + (n % 2 == 0 ? year : month), token));
        rows.add(Row.of("(5) overview (/api/activities/stats, a year or a month), activity-service", o,
                String.format("%,d activities in all, %,d in the caller's district; target p95 ≤ 100 ms: %s", activities,
                        activities / districts, o.latency().count() > 0 && o.latency().millis(95) <= 100 ? "met" : "NOT met")));
        LoadGenerator.Result cad = LoadGenerator.run(8, options.warmup(), options.duration(),
                get(activity, n -> "/api/cadence?size=20&page=" + Math.floorMod(n, 5), token));
        rows.add(Row.of("(5) cadence (/api/cadence, page of 20), activity-service", cad,
                String.format("%,d pairings in the caller's district; target p95 ≤ 50 ms: %s", perDistrict,
                        cad.latency().count() > 0 && cad.latency().millis(95) <= 50 ? "met" : "NOT met")));
    }

    // ---- (5) ledger export

    private static final List<String> LEDGER_SOURCES = List.of("gateway", "pairing-service", "activity-service", "notification-service");

    /**
     * The ledger of the caller's district for a year, through the gateway as the committee: first a tenth of the issue's
     * size, then the rest loaded beside it, so that the peak RSS of the two can be compared (constant memory).
     */
    private void ledger() throws Exception {
        String district = RegistryData.HOME_DISTRICT;
        LedgerData.Slice tenth = new LedgerData.Slice(district, 0, 500, 0, 20_000);
        LedgerData.Slice rest = new LedgerData.Slice(district, 500, 5_000, 20_000, 200_000);
        loadLedger(tenth);
        measureLedger(tenth.pairings(), tenth.activities(), LedgerData.demands(tenth), 2);
        loadLedger(rest);
        measureLedger(5_000, 200_000, LedgerData.demands(tenth) + LedgerData.demands(rest), 3);
    }

    private void loadLedger(LedgerData.Slice slice) throws Exception {
        long t0 = System.nanoTime();
        LedgerData.pairings(stack.jdbcUrl("pairing"), DB_USER, DB_PASSWORD, slice);
        LedgerData.activities(stack.jdbcUrl("activity"), DB_USER, DB_PASSWORD, slice);
        LedgerData.receipts(stack.jdbcUrl("notification"), DB_USER, DB_PASSWORD, slice);
        notes.add(String.format("(5) ledger: loaded %,d pairings (with a final evaluation each), %,d demands (with their history), "
                        + "%,d activities of %s (attendance of both sides for held ones, photos for some) and %,d receipts into "
                        + "pairing-service (organization, pairing, evaluation, demand, demand_history), activity-service (organization_view, "
                        + "pairing_view, activity, activity_attendance, activity_photo) and notification-service (organization, pairing, "
                        + "notice) with INSERT … SELECT generate_series in %.1f s, the same ids in every service; no events flow",
                slice.pairings(), LedgerData.demands(slice), slice.activities(), LedgerData.YEAR_FROM.substring(0, 4),
                2 * slice.pairings(), (System.nanoTime() - t0) / 1e9));
    }

    private void measureLedger(int pairingCount, int activityCount, int demandCount, int runs) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String format : List.of("xlsx", "csv")) {
            List<Double> seconds = new ArrayList<>();
            Map<String, Double> peak = new LinkedHashMap<>();
            long bytes = 0;
            double firstByte = 0;
            for (int run = 0; run < runs; run++) {
                String token = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
                HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/ledger?from=" + LedgerData.YEAR_FROM
                                + "&to=" + LedgerData.YEAR_TO + "&format=" + format))
                        .header("Authorization", token).timeout(Duration.ofMinutes(10)).GET().build();
                RssSampler sampler = new RssSampler(LEDGER_SOURCES.stream().flatMap(n -> pid(n).map(pid -> Map.entry(n, pid)).stream())
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
                long t0 = System.nanoTime();
                HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                firstByte = (System.nanoTime() - t0) / 1e9;
                long n;
                try (java.io.InputStream body = response.body()) {
                    n = body.transferTo(java.io.OutputStream.nullOutputStream());
                } finally {
                    sampler.stop();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/ledger (" + format + ") answered " + response.statusCode());
                }
                bytes = n;
                seconds.add(s);
                sampler.peaks().forEach((name, mb) -> peak.merge(name, mb, Math::max));
                System.out.printf("ledger %s run %d: %,d bytes, first byte %.2f s, last byte %.2f s, peak RSS %s%n", format, run + 1, n,
                        firstByte, s, sampler.peaks());
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            String rss = peak.entrySet().stream().map(e -> String.format("%s %.0f MB", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
            rows.add(new Row(String.format("(5) ledger export (GET /api/ledger %s, a district's year), through the gateway", format),
                    runs + " runs, 1 conn", null, median * 1000, null, sorted.getLast() * 1000, null, null,
                    String.format("%,d pairings, %,d activities, %,d demands, %,d receipts; %,d bytes; time to the last byte %s s "
                                    + "(median %.1f s); peak RSS while exporting: %s; target ≤ 10 s (at 5,000 pairings and 200,000 "
                                    + "activities): %s", pairingCount, activityCount, demandCount, 2 * pairingCount, bytes,
                            seconds.stream().map(v -> String.format("%.1f", v)).collect(java.util.stream.Collectors.joining(" / ")), median,
                            rss, pairingCount < 5_000 ? "a tenth of that size" : median <= 10 ? "met" : "NOT met")));
        }
    }

    /** The largest VmRSS of some processes, sampled every 100 ms until stopped. */
    private static final class RssSampler {
        private final Map<String, Long> pids;
        private final Map<String, Double> peaks = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        RssSampler(Map<String, Long> pids) {
            this.pids = pids;
            this.thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void sample() {
            pids.forEach((name, pid) -> peaks.merge(name, Machine.rssMb(pid), Math::max));
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        Map<String, Double> peaks() {
            Map<String, Double> ordered = new LinkedHashMap<>();
            pids.keySet().forEach(name -> ordered.put(name, peaks.getOrDefault(name, -1.0)));
            return ordered;
        }
    }

    // ---- (6) search

    private void search() throws Exception {
        String token = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
        String registry = stack.serviceUrl("registry-service");
        Map<Integer, List<String>> queries = new LinkedHashMap<>();
        queries.put(1, List.of("科", "电", "湘", "党"));
        queries.put(2, List.of("电子", "湘潭", "物流", "智能"));
        queries.put(3, List.of("新能源", "研究院", "湘潭科", "张家界"));
        for (var e : queries.entrySet()) {
            List<String> qs = e.getValue();
            LoadGenerator.Result r = LoadGenerator.run(8, options.warmup(), options.duration(), get(registry,
                    n -> "/api/organizations?size=20&q=" + URLEncoder.encode(qs.get(Math.floorMod(n, qs.size())), StandardCharsets.UTF_8), token));
            rows.add(Row.of(String.format("(6) name search, %d-character queries, registry-service", e.getKey()), r,
                    String.format("%s; %,d organizations, %,d in the caller's district; target p95 ≤ 50 ms: %s", String.join(" ", qs),
                            options.organizations(), options.homeOrganizations(), r.latency().count() > 0 && r.latency().millis(95) <= 50 ? "met" : "NOT met")));
        }
    }

    // ---- (7) import

    private void importRows() throws Exception {
        String token = "Bearer " + stack.accessToken("admin.zhang", "gongjian");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        upload(client, token, RegistryData.importCsv(1_000, "预热导入"));
        int count = 10_000;
        byte[] csv = RegistryData.importCsv(count, "基准导入");
        long t0 = System.nanoTime();
        HttpResponse<String> r = upload(client, token, csv);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 201) {
            throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
        }
        rows.add(new Row("(7) import of 10,000 rows (.csv), registry-service", "1 request", count / seconds, null, null, null, null, null,
                String.format("%.1f s for %,d bytes; target under 5 s: %s", seconds, csv.length, seconds < 5 ? "met" : "NOT met")));
    }

    private HttpResponse<String> upload(HttpClient client, String token, byte[] csv) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + csv.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(csv, 0, body, head.length, csv.length);
        System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("registry-service") + "/api/organizations/imports?dryRun=false"))
                .header("Authorization", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    // ---- (4) startup and memory

    private void startup() throws Exception {
        Map<String, Double> rssAfterLoad = new LinkedHashMap<>();
        for (ServiceSpec s : stack.config().services()) {
            pid(s.name()).ifPresent(pid -> rssAfterLoad.put(s.name(), Machine.rssMb(pid)));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        for (ServiceSpec s : stack.config().services()) {
            Optional<Long> pid = pid(s.name());
            if (pid.isEmpty()) {
                rows.add(Row.notRun("(4) " + s.name(), "not running"));
                continue;
            }
            ProcessHandle old = ProcessHandle.of(pid.get()).orElseThrow();
            old.destroy();
            old.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            URI ready = URI.create(stack.config().managementUrl(s.name()) + "/q/health/ready");
            URI live = URI.create(stack.config().managementUrl(s.name()) + "/q/health/live");
            Instant[] firstLive = new Instant[1];
            Instant[] firstReady = new Instant[1];
            Thread poller = Thread.ofPlatform().start(() -> {
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (firstReady[0] == null && System.nanoTime() < deadline) {
                    try {
                        if (firstLive[0] == null && client.send(HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(1)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            firstLive[0] = Instant.now();
                        }
                        if (client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(1)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            firstReady[0] = Instant.now();
                        }
                    } catch (Exception ignored) {
                        // not listening yet
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            LocalStack.start(stack.config());
            poller.join();
            long newPid = pid(s.name()).orElseThrow();
            Instant processStart = ProcessHandle.of(newPid).flatMap(h -> h.info().startInstant()).orElseThrow();
            Thread.sleep(3_000);
            double idleRss = Machine.rssMb(newPid);
            double toLive = firstLive[0] == null ? Double.NaN : Duration.between(processStart, firstLive[0]).toMillis() / 1000.0;
            double toReady = firstReady[0] == null ? Double.NaN : Duration.between(processStart, firstReady[0]).toMillis() / 1000.0;
            rows.add(new Row("(4) " + s.name() + ": process start → first answer", "restart", null, null, null, null, null, null,
                    String.format("live %.2f s, ready (Kafka consumers joined) %.2f s; RSS after the load %.0f MB, idle after restart %.0f MB; "
                                    + "targets 1.5 s: %s, 200 MB idle: %s", toLive, toReady, rssAfterLoad.getOrDefault(s.name(), -1.0), idleRss,
                            toLive <= 1.5 ? "met" : "NOT met", idleRss <= 200 ? "met" : "NOT met")));
        }
    }

    private Optional<Long> pid(String component) {
        return stack.status().stream().filter(c -> c.name().equals(component) && c.pid() > 0).map(ComponentStatus::pid).findFirst();
    }

    // ---- output

    private void write(Instant started, String loadAtStart, String loadAtEnd, String fsync, StackConfig config) throws Exception {
        Duration wall = Duration.between(started, Instant.now());
        StringBuilder md = new StringBuilder();
        md.append("## Run of ").append(DateTimeFormatter.ISO_INSTANT.format(started.atOffset(ZoneOffset.UTC).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .append(" (scale ").append(options.scale()).append(", measures ").append(String.join(",", options.only())).append(")\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ").append(Machine.cpuModel())
                .append(", RAM ").append(Machine.memory()).append("\n");
        md.append("- JDK of the services: ").append(Machine.jdk(config.javaHome())).append("\n");
        md.append("- Load average at start: ").append(loadAtStart).append("; at end: ").append(loadAtEnd)
                .append(" (the load generator, pgbench and the whole stack share these cores; so may other work on the machine)\n");
        md.append("- PostgreSQL: ").append(fsync).append("; gateway rate limit lifted by configuration "
                + "(GONGJIAN_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND / _BURST = 1000000)\n");
        md.append("- Load points: closed loop, ").append(options.warmup().toSeconds()).append(" s warm-up then ")
                .append(options.duration().toSeconds()).append(" s recorded; latencies are nearest-rank percentiles\n");
        md.append("- Wall time of the run: ").append(wall.toMinutes()).append(" min ").append(wall.toSecondsPart()).append(" s\n\n");
        md.append(Row.header()).append("\n");
        for (Row r : rows) {
            md.append(r.markdown()).append("\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n");
            for (String n : notes) {
                md.append("- ").append(n).append("\n");
            }
        }
        System.out.println();
        System.out.println(md);
        Path results = repo.resolve("benchmarks/RESULTS.md");
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nEach run of `benchmarks/run.sh` appends its table here.\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(results, "\n" + md, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        System.out.println("Appended to " + results);
    }
}
