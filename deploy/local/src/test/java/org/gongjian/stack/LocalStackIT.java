package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the infrastructure for real on free ports in a temporary directory, as e2e-tests will, next to
 * (and without disturbing) a running one-machine stack. Slow (a minute or two), so opt-in:
 * {@code ./mvnw -B -f deploy/local/pom.xml verify -Dgongjian.stack.it=true}.
 */
@EnabledIfSystemProperty(named = "gongjian.stack.it", matches = "true")
class LocalStackIT {

    @Test
    void startsOnFreePortsIssuesTokensWithTheClaimsAndStopsEverything(@TempDir Path tmp) throws Exception {
        Path repo = Path.of("../..").toAbsolutePath().normalize();
        StackConfig config = StackConfig.forTests(repo, tmp).toBuilder().startServices(false).build();
        LocalStack stack = LocalStack.start(config);
        List<Long> pids;
        try {
            pids = stack.status().stream().filter(s -> s.pid() > 0).map(ComponentStatus::pid).toList();
            assertEquals(4, pids.size(), stack.status().toString());
            stack.status().stream().limit(4).forEach(s -> assertEquals(ComponentStatus.State.READY, s.state(), s.name()));

            JsonNode claims = claims(stack.accessToken("admin.zhang", "gongjian"));
            Set<String> roles = new HashSet<>();
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            assertTrue(roles.contains("district-admin"), claims.toString());
            assertEquals("xiangtan-htz", claims.path("district").asText());
            assertEquals(Seed004.placeholder(6), claims.path("org").asText());
            Set<String> aud = new HashSet<>();
            claims.path("aud").forEach(a -> aud.add(a.asText()));
            assertTrue(aud.contains("gongjian-api"), claims.toString());
            assertEquals(stack.issuer(), claims.path("iss").asText());

            try (var c = new Postgres(config).connect("registry")) {
                assertTrue(c.isValid(2));
            }
        } finally {
            stack.stop();
        }
        for (long pid : pids) {
            assertTrue(ProcessHandle.of(pid).map(h -> !Processes.running(h)).orElse(true), "process " + pid + " still alive");
        }
        stack.purge();
        assertFalse(Files.exists(new Postgres(config).dataDir()), "the stack's PostgreSQL data outlived its purge");
    }

    private static JsonNode claims(String jwt) throws Exception {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
