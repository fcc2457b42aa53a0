package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installs the production mode on this machine (root: PostgreSQL runs as {@code nobody}), puts Debian's nginx with a
 * self-signed certificate in front, signs in through it over HTTPS with Keycloak's real login in Chromium (a
 * committee account sets up its one-time password), runs part of the seed-004 story through the gateway, then backs
 * up, loses PostgreSQL's data directory, restores, and checks that every organization, pairing, activity, notice and
 * account came back (the counts are printed). Opt-in: {@code -Dgongjian.server.it=true}; every service must be packaged.
 */
@EnabledIfSystemProperty(named = "gongjian.server.it", matches = "true")
class ServerIT {

    private static final Path REPO = ProductionRealmTest.REPO;
    private static final String PASSWORD = "Gongjian-Server-2026!";
    private static final ZoneOffset DISTRICT_ZONE = ZoneOffset.ofHours(8);

    private HttpClient https;
    private String publicUrl;

    @Test
    void installsSignsInThroughNginxRunsTheStoryAndSurvivesLosingItsDatabase() throws Exception {
        Assumptions.assumeTrue(Processes.isRoot(), "needs root (PostgreSQL as nobody, nginx)");
        Assumptions.assumeTrue(Nginx.installed(), "needs Debian's nginx");
        for (ServiceSpec s : ServiceSpec.defaults()) {
            assertTrue(Files.isRegularFile(s.jar(REPO)), s.name() + " is not packaged (./mvnw -B package -DskipTests)");
        }
        Path dir = Files.createTempDirectory("gongjian-server-it-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        StackConfig mailConfig = StackConfig.forTests(REPO, dir.resolve("relay"));
        GreenMail relay = new GreenMail(mailConfig);
        Path cert = dir.resolve("tls/cert.pem");
        Path key = dir.resolve("tls/key.pem");
        Files.createDirectories(cert.getParent());
        Nginx.selfSignedCertificate(cert, key);
        https = client(cert);

        int httpsPort = FreePorts.next();
        int httpPort = FreePorts.next();
        publicUrl = "https://localhost:" + httpsPort;
        Properties p = ServerSettingsTest.example();
        p.setProperty("public-url", publicUrl);
        p.setProperty("data-dir", dir.resolve("data").toString());
        p.setProperty("backup.dir", dir.resolve("backups").toString());
        // Keycloak's production build (minutes on a busy machine) is kept between runs; `mvn clean` removes it
        p.setProperty("keycloak.home", REPO.resolve("deploy/server/target/keycloak-server").toString());
        p.setProperty("smtp.host", "localhost");
        p.setProperty("smtp.port", Integer.toString(mailConfig.smtpPort()));
        p.setProperty("smtp.from", "gongjian@server.test");
        p.setProperty("smtp.username", "");
        p.setProperty("smtp.starttls", "false");
        p.setProperty("tls.certificate", cert.toString());
        p.setProperty("tls.key", key.toString());
        p.setProperty("nginx.https-port", Integer.toString(httpsPort));
        p.setProperty("nginx.http-port", Integer.toString(httpPort));
        for (String port : List.of("postgres.port", "kafka.port", "kafka.controller-port", "keycloak.port")) {
            p.setProperty(port, Integer.toString(FreePorts.next()));
        }
        for (ServiceSpec s : ServiceSpec.defaults()) {
            p.setProperty(s.name() + ".port", Integer.toString(FreePorts.next()));
            p.setProperty(s.name() + ".management-port", Integer.toString(FreePorts.next()));
        }
        Path settingsFile = dir.resolve("etc/server.properties");
        Files.createDirectories(settingsFile.getParent());
        try (var out = Files.newBufferedWriter(settingsFile)) {
            p.store(out, "ServerIT");
        }
        ServerSettings settings = ServerSettings.load(settingsFile);
        ServerStack stack = ServerStack.of(REPO, settings, Server.secretsFile(settingsFile));
        System.out.println("[server-it] secrets " + stack.secrets().file() + " mode "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(stack.secrets().file())));
        ServerFiles files = Server.files(REPO, settingsFile, settings);
        Nginx nginx = new Nginx(dir.resolve("nginx"));
        long t0 = System.nanoTime();
        try {
            relay.ensureStarted();
            relay.awaitReady();
            refusesToStartWithADevelopmentSecret(stack, "notification-service", "GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET",
                    "dev-only-receipt-link-secret-not-for-any-deployment", "gongjian.notification.receipts.link-secret");
            refusesToStartWithADevelopmentSecret(stack, "gateway", "GONGJIAN_GATEWAY_CLIENT_SECRET",
                    "DEV-ONLY-gongjian-gateway-secret", "gongjian.gateway.client-secret");

            stack.up();
            System.out.printf("[server-it] production mode up after %.0f s%n", (System.nanoTime() - t0) / 1e9);
            System.out.println("[server-it] nginx -t: " + nginx.test(files.nginxSite()).strip().replace('\n', ' '));
            nginx.start(files.nginxSite());
            behindNginx(httpPort);

            KeycloakAdmin admin = KeycloakAdmin.of(stack.config());
            admin.ensureUser("admin.zhang", PASSWORD, "admin.zhang@server.test", Seed004.DISTRICT, placeholder(6), "district-admin");
            admin.ensureUser("secretary.jijian", PASSWORD, "secretary.jijian@server.test", Seed004.DISTRICT, placeholder(1), "branch-secretary");

            StringBuilder otpKey = new StringBuilder();
            String committee;
            try (ServerBrowser browser = new ServerBrowser()) {
                ServerBrowser.SignIn in = browser.signIn(publicUrl, "admin.zhang", PASSWORD, otpKey);
                System.out.println("[server-it] admin.zhang signed in through nginx: login page " + in.loginPageUrl().split("\\?")[0]
                        + " lang=" + in.loginPageLanguage() + " gongjian-theme=" + in.loginPageInGongjiansWords()
                        + " one-time password set up=" + in.otpAsked());
                assertTrue(in.loginPageUrl().startsWith(publicUrl + "/realms/gongjian/"), in.loginPageUrl());
                assertTrue(in.otpAsked(), "a committee account must set up a one-time password");
                assertTrue(in.loginPageInGongjiansWords(), "the login page speaks Gongjian's zh-CN words");
                committee = in.cookies();
            }
            Map<String, String> orgIds = story(committee, admin);
            String secretary;
            try (ServerBrowser browser = new ServerBrowser()) {
                ServerBrowser.SignIn in = browser.signIn(publicUrl, "secretary.jijian", PASSWORD, new StringBuilder());
                System.out.println("[server-it] secretary.jijian signed in, one-time password asked=" + in.otpAsked());
                assertTrue(!in.otpAsked(), "a branch secretary needs no one-time password");
                secretary = in.cookies();
            }
            scheduleActivities(secretary, orgIds);
            awaitNoticesAndMail(stack, mailConfig);

            settledCounts(stack);
            // what the backup holds; the restored platform may add work of its own afterwards (an hourly cadence
            // check runs when activity-service starts, and warns of periods about to end), which a restore must not lose
            // but need not be the same: rows are compared as of this moment
            OffsetDateTime backupTakenAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            Map<String, Long> before = counts(stack, backupTakenAt);
            System.out.println("[server-it] counts before the backup: " + before);
            Path backup = new Backup(stack).backup();
            System.out.println("[server-it] backup " + backup + ": " + list(backup));

            stack.down();
            Path data = stack.postgres().dataDir();
            PostgresBinaries.deleteTree(data);
            System.out.println("[server-it] lost PostgreSQL's data directory " + data + " (exists: " + Files.exists(data) + ")");

            long r0 = System.nanoTime();
            new Backup(stack).restore(backup);
            System.out.printf("[server-it] restored and up again after %.0f s%n", (System.nanoTime() - r0) / 1e9);
            Map<String, Long> after = counts(stack, backupTakenAt);
            System.out.println("[server-it] counts after the restore:  " + after);
            assertEquals(before, after);
            System.out.println("[server-it] notices made since the restore by the platform's own jobs: "
                    + (counts(stack, null).get("notification.notice") - after.get("notification.notice")));

            try (ServerBrowser browser = new ServerBrowser()) {
                ServerBrowser.SignIn in = browser.signIn(publicUrl, "admin.zhang", PASSWORD, otpKey);
                assertTrue(in.otpAsked(), "the restored account still has its one-time password");
                JsonNode orgs = api("GET", "/api/organizations?size=200", in.cookies(), null).json();
                JsonNode pairings = api("GET", "/api/pairings?size=200", in.cookies(), null).json();
                System.out.println("[server-it] after the restore, through nginx: " + orgs.path("items").size()
                        + " organizations, " + pairings.path("items").size() + " pairings");
                assertEquals(Seed004.ORGANIZATIONS.size(), orgs.path("items").size());
                assertEquals(Seed004.PAIRINGS.size(), pairings.path("items").size());
            }
        } finally {
            nginx.close();
            try {
                stack.down();
            } finally {
                relay.stop();
                keepLogs(dir);
                stack.postgres().purge();
                PostgresBinaries.deleteTree(dir);
            }
        }
    }

    /** The packaged service, in production with everything else right but one development secret, stops naming it. */
    private void refusesToStartWithADevelopmentSecret(ServerStack stack, String service, String variable, String value,
                                                      String setting) throws Exception {
        ServiceSpec spec = stack.settings().service(service);
        Map<String, String> env = new HashMap<>(ServerService.environment(spec, stack.settings(), stack.secrets(), stack.config()));
        env.put(variable, value);
        Path output = Files.createTempFile("gongjian-refusal-", ".log");
        ProcessBuilder pb = new ProcessBuilder(stack.config().java().toString(), "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-jar", spec.jar(REPO).toString()).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(env);
        Process process = pb.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(output);
        Files.delete(output);
        String line = text.lines().filter(l -> l.contains(setting)).findFirst().orElse("");
        System.out.println("[server-it] " + service + " with " + variable + "=" + value + ": exit " + process.exitValue()
                + ", says: " + line.strip());
        assertTrue(exited);
        assertNotEquals(0, process.exitValue());
        assertTrue(text.contains(setting), text);
        assertTrue(!text.contains("Listening on"), text);
    }

    /** HTTP goes to HTTPS; the gateway builds its login redirect from nginx's forwarded headers; Keycloak names the public issuer. */
    private void behindNginx(int httpPort) throws Exception {
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + httpPort + "/api/organizations")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, plain.statusCode());
        assertEquals(publicUrl + "/api/organizations", plain.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(publicUrl + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = page.headers().firstValue("Location").orElse("");
        String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
        System.out.println("[server-it] GET " + publicUrl + "/ -> " + page.statusCode() + " " + location.split("\\?")[0]
                + " redirect_uri=" + decoded.replaceAll(".*redirect_uri=([^&]+).*", "$1"));
        assertEquals(302, page.statusCode());
        assertTrue(location.startsWith(publicUrl + "/realms/gongjian/protocol/openid-connect/auth"), location);
        assertTrue(decoded.contains("redirect_uri=" + publicUrl + "/"), decoded);
        JsonNode discovery = Http.JSON.readTree(https.send(HttpRequest.newBuilder(
                URI.create(publicUrl + "/realms/gongjian/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(publicUrl + "/realms/gongjian", discovery.path("issuer").asText());
        HttpResponse<String> adminConsole = https.send(HttpRequest.newBuilder(URI.create(publicUrl + "/admin/master/console/"))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("[server-it] issuer " + discovery.path("issuer").asText() + "; admin console from this machine: "
                + adminConsole.statusCode());
    }

    /** Seed 004, steps 1 and 2, as the committee through the gateway: 21 organizations, 9 pairings, one launch. */
    private Map<String, String> story(String cookies, KeycloakAdmin admin) throws Exception {
        Map<String, String> orgIds = new LinkedHashMap<>();
        for (Seed004.Org org : Seed004.ORGANIZATIONS) {
            orgIds.put(org.key(), api("POST", "/api/organizations", cookies, DemoData.organizationJson(org)).json().path("id").asText());
        }
        admin.setOrganization("secretary.jijian", orgIds.get("jijian"));
        admin.setOrganization("admin.zhang", orgIds.get("dangqun"));
        List<String> pairingIds = new ArrayList<>();
        LocalDate today = LocalDate.now(DISTRICT_ZONE);
        for (Seed004.PairingSeed pairing : Seed004.PAIRINGS) {
            pairingIds.add(api("POST", "/api/pairings", cookies, DemoData.pairingJson(pairing, orgIds, today)).json().path("id").asText());
        }
        ObjectNode launch = Http.JSON.createObjectNode().put("title", Seed004.LAUNCH_TITLE).put("heldOn", today.toString());
        ArrayNode ids = launch.putArray("pairingIds");
        pairingIds.forEach(ids::add);
        api("POST", "/api/launches", cookies, launch);
        System.out.println("[server-it] through the gateway as admin.zhang: " + orgIds.size() + " organizations registered, "
                + pairingIds.size() + " pairings proposed and launched");
        orgIds.put("pairing0", pairingIds.getFirst());
        return orgIds;
    }

    /** Seed 004, step 4 in part: the organ branch schedules two joint activities with its partner. */
    private void scheduleActivities(String cookies, Map<String, String> orgIds) throws Exception {
        OffsetDateTime next = OffsetDateTime.now(DISTRICT_ZONE).plusDays(7).withHour(9).withMinute(30).withSecond(0).withNano(0);
        int scheduled = 0;
        for (String[] a : List.of(new String[]{"廉洁文化进企业座谈交流会", "SYMPOSIUM"}, new String[]{"“童心向党”六一主题党日", "THEMED_PARTY_DAY"})) {
            ObjectNode plan = Http.JSON.createObjectNode().put("pairingId", orgIds.get("pairing0")).put("title", a[0])
                    .put("type", a[1]).put("startsAt", next.plusDays(scheduled).toString())
                    .put("endsAt", next.plusDays(scheduled).plusHours(2).toString()).put("location", "湘潭高新区党群服务中心");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                Answer r = send("POST", "/api/activities", cookies, plan);
                if (r.status() / 100 == 2) {
                    break;
                }
                // the activity-service learns of the pairing from its events
                assertTrue(System.nanoTime() < deadline && (r.status() == 404 || r.status() == 409 || r.status() == 403),
                        "POST /api/activities: " + r.status() + " " + r.body());
                ServerBrowser.sleep(1000);
            }
            scheduled++;
        }
        System.out.println("[server-it] through the gateway as secretary.jijian: " + scheduled + " activities scheduled");
    }

    private void awaitNoticesAndMail(ServerStack stack, StackConfig mailConfig) throws Exception {
        String liaison = Seed004.ORGANIZATIONS.stream().filter(Seed004.Org::enterprise).findFirst().orElseThrow().contactEmail();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int mails = 0;
        long notices = 0;
        while (System.nanoTime() < deadline) {
            notices = counts(stack, null).get("notification.notice");
            HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + mailConfig.mailApiPort() + "/api/user/" + liaison + "/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            mails = inbox.statusCode() == 200 ? Http.JSON.readTree(inbox.body()).size() : 0;
            if (notices >= Seed004.ORGANIZATIONS.stream().filter(Seed004.Org::enterprise).count() && mails > 0) {
                break;
            }
            ServerBrowser.sleep(2000);
        }
        System.out.println("[server-it] " + notices + " notices; " + liaison + " received " + mails + " e-mail(s) through the SMTP relay");
        assertTrue(notices > 0 && mails > 0, "notices " + notices + ", mails " + mails);
    }

    /** The run's logs (every component's, nginx's) outlive its temporary folder, in target/server-it-logs. */
    private static void keepLogs(Path dir) {
        Path kept = REPO.resolve("deploy/server/target/server-it-logs");
        try {
            PostgresBinaries.deleteTree(kept);
            Files.createDirectories(kept);
            for (Path logs : List.of(dir.resolve("data/logs"), dir.resolve("nginx"))) {
                if (!Files.isDirectory(logs)) {
                    continue;
                }
                try (var files = Files.list(logs)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".out")).toList()) {
                        if (Files.isRegularFile(f)) { // follows the link to PostgreSQL's log
                            Files.copy(f, kept.resolve(logs.getFileName() + "-" + f.getFileName()));
                        }
                    }
                }
            }
            System.out.println("[server-it] logs kept in " + kept);
        } catch (Exception e) {
            System.out.println("[server-it] could not keep the logs: " + e);
        }
    }

    /** The counts once the services have caught up with their events: the same twice, five seconds apart. */
    private static Map<String, Long> settledCounts(ServerStack stack) throws Exception {
        Map<String, Long> last = counts(stack, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            ServerBrowser.sleep(5000);
            Map<String, Long> now = counts(stack, null);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the counts still change after two minutes: " + last);
    }

    /** Rows that must survive a restore, counted in each database as its superuser; notices made until {@code asOf} when given. */
    private static Map<String, Long> counts(ServerStack stack, OffsetDateTime asOf) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("registry.organization", "registry:select count(*) from organization");
        queries.put("pairing.pairing", "pairing:select count(*) from pairing");
        queries.put("pairing.launch", "pairing:select count(*) from launch");
        queries.put("activity.activity", "activity:select count(*) from activity");
        queries.put("notification.notice", "notification:select count(*) from notice"
                + (asOf == null ? "" : " where created_at <= '" + asOf + "'::timestamptz"));
        queries.put("keycloak.users", "keycloak:select count(*) from user_entity u join realm r on r.id = u.realm_id where r.name = 'gongjian'");
        queries.put("keycloak.otp-credentials", "keycloak:select count(*) from credential where type = 'otp'");
        Map<String, Long> counts = new LinkedHashMap<>();
        Properties login = new Properties();
        login.setProperty("user", ServerDatabases.SUPERUSER);
        login.setProperty("password", stack.secrets().get(ServerSecrets.POSTGRES));
        for (Map.Entry<String, String> q : queries.entrySet()) {
            String db = q.getValue().substring(0, q.getValue().indexOf(':'));
            try (Connection c = DriverManager.getConnection(stack.config().jdbcUrl(db), login);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(q.getValue().substring(db.length() + 1))) {
                rs.next();
                counts.put(q.getKey(), rs.getLong(1));
            }
        }
        return counts;
    }

    private static String placeholder(int no) {
        return String.format("5eed0004-0000-4000-8000-%012d", no);
    }

    private static String list(Path backup) throws Exception {
        try (var files = Files.list(backup)) {
            return files.map(f -> f.getFileName() + " (" + f.toFile().length() + " B)").sorted().toList().toString();
        }
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private Answer api(String method, String path, String cookies, Object body) throws Exception {
        Answer a = send(method, path, cookies, body);
        assertTrue(a.status() / 100 == 2, method + " " + path + " answered " + a.status() + ": " + a.body());
        return a;
    }

    private Answer send(String method, String path, String cookies, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(publicUrl + path)).header("Cookie", cookies)
                .header("Accept", "application/json").header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(30));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    Http.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = https.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Trusts exactly the test's self-signed certificate. */
    private static HttpClient client(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("gongjian", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }
}
