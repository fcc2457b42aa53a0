package org.gongjian.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.stack.DemoData;
import org.gongjian.stack.KeycloakAdmin;
import org.gongjian.stack.LocalStack;
import org.gongjian.stack.ServiceSpec;
import org.gongjian.stack.StackConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: the platform from deploy/local's launcher on free ports with two instances of every service, a
 * steady workload through both gateways, and one fault at a time; after each, the platform must go quiet and its
 * databases and mailbox must show nothing lost, doubled or leaked. Short by default (one fault of each kind, 12 s
 * outages, part of {@code ./mvnw -B verify}); {@code -Dresilience.full=true} kills an instance of every service and
 * holds each outage 60 s. {@code -Dresilience.skip=true} leaves it out.
 */
class FaultSuiteTest {

    private static final List<String> USERS = List.of(DemoData.LOADER_USER, "secretary.jijian", "secretary.jiajiamei",
            "liaison.minsheng", "secretary.bangongshi", "liaison.jiajiamei");

    /** The workload's activities are those of the pairing of 纪检监察 and 家家美: the enterprise is notified of each. */
    private static final String WEBHOOK_ORGANIZATION = "jiajiamei";

    private final boolean full = Boolean.getBoolean("resilience.full");
    private final Duration outage = full ? Duration.ofSeconds(60) : Duration.ofSeconds(12);
    private final Duration quietPatience = full ? Duration.ofMinutes(5) : Duration.ofMinutes(2);
    private final int workloadThreads = full ? 3 : 2;

    @Test
    void nothingIsLostDoubledOrLeakedWhenPartsOfThePlatformFail() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("resilience.skip"), "-Dresilience.skip=true");
        Path repo = Path.of(System.getProperty("gongjian.repo.dir", "..")).toAbsolutePath().normalize();
        for (ServiceSpec s : ServiceSpec.defaults()) {
            assertThat(s.jar(repo)).as(s.name() + " must be packaged (./mvnw -B verify packages it first)").isRegularFile();
        }
        Path base = Files.createTempDirectory("gongjian-resilience-");
        StackConfig config = StackConfig.forTests(repo, base).toBuilder()
                .instancesPerService(2)
                .serviceEnv("activity-service", "GONGJIAN_ACTIVITY_CADENCE_EVERY", "off")
                // the webhook receiver listens on 127.0.0.1; webhook and mail retries come within seconds (mail's
                // one minute, doubled, left an e-mail waiting 4 minutes after a 60 s outage), and no endpoint is disabled
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_DISPATCH_MAIL_RETRY", "PT5S")
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1")
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_WEBHOOKS_TIMEOUT", "PT3S")
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_WEBHOOKS_FIRST_BACKOFF", "PT1S")
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_WEBHOOKS_LONGEST_BACKOFF", "PT5S")
                .serviceEnv("notification-service", "GONGJIAN_NOTIFICATION_WEBHOOKS_DISABLE_AFTER_FAILURES", "100000")
                .keycloakTimeout(Duration.ofMinutes(8))
                .serviceTimeout(Duration.ofMinutes(4))
                .out(line -> System.out.println("[stack] " + line))
                .build();
        long t0 = System.nanoTime();
        WebhookReceiver receiver = new WebhookReceiver();
        LocalStack stack = LocalStack.start(config);
        Thread hook = new Thread(stack::stop, "resilience-stack-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            System.out.printf("[resilience] stack with %d service instances ready in %.0f s%n",
                    config.services().size(), (System.nanoTime() - t0) / 1e9);
            List<FaultRow> rows = run(stack, receiver);
            String table = FaultTable.render(rows);
            System.out.println("[resilience] " + (full ? "full" : "short") + " run:\n" + table);
            Path out = Path.of("target/resilience-" + (full ? "full" : "short") + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
            assertThat(rows).allSatisfy(r -> assertThat(r.problems()).as(r.fault()).isEmpty());
        } finally {
            receiver.close();
            stack.stop();
            stack.copyLogs(Path.of(System.getProperty("resilience.logs", "target/stack-logs")));
            try {
                stack.purge();
            } catch (RuntimeException ignored) {
                // a temporary directory
            }
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private List<FaultRow> run(LocalStack stack, WebhookReceiver receiver) throws IOException {
        assertThat(new DemoData(stack).load()).isEqualTo(DemoData.Outcome.LOADED);
        JsonNode marker = Gateways.JSON.readTree(new DemoData(stack).marker().toFile());
        Map<String, String> orgIds = new LinkedHashMap<>();
        marker.path("organizations").fields().forEachRemaining(e -> orgIds.put(e.getKey(), e.getValue().asText()));
        List<String> pairingIds = new ArrayList<>();
        marker.path("pairings").forEach(p -> pairingIds.add(p.asText()));
        Map<String, String> tokens = new ConcurrentHashMap<>();
        renewTokens(stack, tokens);
        Gateways gateways = new Gateways(stack.config().instanceUrls("gateway"));
        registerWebhook(gateways, tokens.get(DemoData.LOADER_USER), orgIds.get(WEBHOOK_ORGANIZATION), receiver);
        PlatformLedger ledger = new PlatformLedger(stack, receiver);
        awaitQuiet(ledger);
        long dlqBefore = ledger.read().dlqRecords();
        InvitationWhileKeycloakDown invitation = InvitationWhileKeycloakDown.choose(gateways,
                tokens.get(DemoData.LOADER_USER), orgIds.values());

        Workload workload = new Workload(gateways, tokens::get, orgIds, pairingIds, workloadThreads,
                Duration.ofMillis(full ? 200 : 500));
        workload.start();
        Fault.hold(Duration.ofSeconds(5));
        List<FaultRow> rows = new ArrayList<>();
        try {
            for (Fault fault : faults(receiver)) {
                renewTokens(stack, tokens);
                rows.add(inject(stack, fault, workload, gateways, ledger, dlqBefore, invitation));
                System.out.println("[resilience] " + FaultTable.render(List.of(rows.getLast())).lines().skip(2).findFirst().orElse(""));
            }
        } finally {
            workload.stop();
        }
        System.out.println("[resilience] workload cycles completed: " + workload.completedCycles()
                + "; cycles stopped by an answer: " + workload.failures().size());
        workload.failures().stream().limit(20).forEach(f -> System.out.println("[resilience]   " + f));
        return rows;
    }

    private List<Fault> faults(WebhookReceiver receiver) {
        List<Fault> faults = new ArrayList<>();
        List<String> killed = full
                ? List.of("registry-service-2", "pairing-service", "activity-service-2", "notification-service", "gateway-2")
                : List.of("notification-service-2");
        killed.forEach(c -> faults.add(Fault.kill(c)));
        faults.add(Fault.stop("Kafka stopped", Fault.Part.BROKER, "kafka"));
        faults.add(Fault.stop("PostgreSQL restarted (fast shutdown)", Fault.Part.DATABASE, "postgres"));
        faults.add(Fault.stop("SMTP down", Fault.Part.MAIL_SERVER, "greenmail"));
        faults.add(Fault.stop("Keycloak down", Fault.Part.IDENTITY_PROVIDER, "keycloak"));
        faults.add(webhookReceiverFailing(receiver));
        return faults;
    }

    /** The enterprise's receiver answers 500 for the first half of the outage, then hangs without answering. */
    private Fault webhookReceiverFailing(WebhookReceiver receiver) {
        return new Fault("webhook receiver answers 500, then hangs", Fault.Part.WEBHOOK_RECEIVER, stack -> {
            receiver.behave(WebhookReceiver.Behaviour.FAIL);
            CompletableFuture.delayedExecutor(outage.toMillis() / 2, TimeUnit.MILLISECONDS)
                    .execute(() -> receiver.behave(WebhookReceiver.Behaviour.HANG));
        }, stack -> receiver.behave(WebhookReceiver.Behaviour.ANSWER));
    }

    /**
     * The partner enterprise of the pairing the workload's activities belong to receives its notices at its own system
     * too: every activity scheduled, held and confirmed makes a webhook delivery.
     */
    private static void registerWebhook(Gateways gateways, String committee, String organizationId, WebhookReceiver receiver) {
        var body = Gateways.JSON.createObjectNode().put("organizationId", organizationId).put("url", receiver.url())
                .put("description", "企业自有系统（韧性测试）");
        Gateways.Answer answer = gateways.send("POST", "/api/webhooks", committee, body, null);
        assertThat(answer.status()).as("registering the webhook: " + answer.body()).isEqualTo(201);
    }

    /**
     * New tokens for every user the workload acts as, taken while Keycloak is up, as a client renews its token before
     * it expires: each lives 30 minutes, longer than any one fault and its recovery, so that while Keycloak is down the
     * workload goes on with tokens issued before (a full run lasts longer than one token).
     */
    private static void renewTokens(LocalStack stack, Map<String, String> tokens) {
        for (String user : USERS) {
            tokens.put(user, stack.accessToken(user, DemoData.DEMO_PASSWORD));
        }
    }

    private FaultRow inject(LocalStack stack, Fault fault, Workload workload, Gateways gateways, PlatformLedger ledger,
                            long dlqBefore, InvitationWhileKeycloakDown invitation) {
        List<String> extra = new ArrayList<>();
        boolean mailServer = fault.part() == Fault.Part.MAIL_SERVER;
        if (mailServer) {
            // the mail server keeps mail in memory: count what it holds before it goes, with nothing in flight until
            // it is gone (mail it took in between would be forgotten, and counted as lost)
            workload.pause();
            awaitQuiet(ledger);
            ledger.carryMailOver();
        }
        PlatformLedger.Snapshot before = ledger.read();
        gateways.newTally();
        System.out.println("[resilience] fault: " + fault.name());
        fault.inject().on(stack);
        if (mailServer) {
            workload.resume();
        }
        if (fault.part() == Fault.Part.IDENTITY_PROVIDER) {
            extra.addAll(newLoginFailsCleanly(stack));
            extra.addAll(invitation.inviteWhileDown());
        }
        Fault.hold(outage);
        fault.heal().on(stack);
        if (fault.part() == Fault.Part.IDENTITY_PROVIDER) {
            extra.addAll(invitation.nothingLeftInKeycloak(KeycloakAdmin.of(stack)));
        }
        long healed = System.nanoTime();
        Fault.hold(Duration.ofSeconds(5)); // the workload goes on against the healed platform
        workload.pause();
        boolean quiet = awaitQuiet(ledger);
        Duration recovery = quiet ? Duration.ofNanos(System.nanoTime() - healed) : null;
        RequestTally tally = gateways.newTally();
        PlatformLedger.Snapshot after = ledger.read();
        List<String> problems = new ArrayList<>(Verdict.problems(after, tally, dlqBefore, quiet,
                fault.part() == Fault.Part.GATEWAY ? workloadThreads : 0));
        problems.addAll(extra);
        workload.resume();
        return new FaultRow(fault.name(), tally.sent(), tally.errorsByStatus(),
                after.events().published() - before.events().published(),
                after.events().consumed() - before.events().consumed(),
                after.duplicateNotices() + after.mail().duplicates() + after.webhooks().duplicates(),
                after.events().lost() + after.events().undrained() + after.mail().lost() + after.webhooks().lost(),
                recovery, tally.latencies(), problems);
    }

    /** While Keycloak is down a new login must fail, quickly and with an error, not hang. */
    private static List<String> newLoginFailsCleanly(LocalStack stack) {
        try {
            CompletableFuture<String> login = CompletableFuture.supplyAsync(() -> stack.accessToken(DemoData.LOADER_USER,
                    DemoData.DEMO_PASSWORD));
            login.get(30, TimeUnit.SECONDS);
            return List.of("a new login succeeded while Keycloak was down");
        } catch (java.util.concurrent.TimeoutException e) {
            return List.of("a new login hung while Keycloak was down");
        } catch (Exception e) {
            return List.of(); // refused: the caller learns at once that it cannot log in
        }
    }

    private boolean awaitQuiet(PlatformLedger ledger) {
        long deadline = System.nanoTime() + quietPatience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (ledger.read().quiet()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a database or the mail API still coming back
            }
            Fault.hold(Duration.ofSeconds(1));
        }
        return false;
    }
}
