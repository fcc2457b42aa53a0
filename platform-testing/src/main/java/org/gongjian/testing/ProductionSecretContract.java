package org.gongjian.testing;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signing key or client secret has no default outside dev and test: the packaged service, started in the
 * production or the one-machine profile without it, with a development value or with a short one, stops at once
 * and names the setting. A service's {@code *StartupIT} extends it (plain JUnit, after {@code package}).
 */
public abstract class ProductionSecretContract {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The setting, e.g. {@code gongjian.notification.receipts.link-secret}. */
    protected abstract String setting();

    /** The value committed for {@code %dev}, which no deployment may use. */
    protected abstract String developmentValue();

    private String environmentVariable() {
        return setting().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Test
    void refusesToStartInProductionWithoutIt() {
        assertRefused(PackagedApplication.start("prod", Map.of(), PATIENCE));
    }

    @Test
    void refusesToStartInTheOneMachineProfileWithoutIt() {
        assertRefused(PackagedApplication.start("local", Map.of(), PATIENCE));
    }

    @Test
    void refusesToStartInProductionWithTheDevelopmentValue() {
        assertRefused(PackagedApplication.start("prod", Map.of(environmentVariable(), developmentValue()), PATIENCE));
    }

    @Test
    void refusesToStartInProductionWithAShortValue() {
        assertRefused(PackagedApplication.start("prod", Map.of(environmentVariable(), "secret"), PATIENCE));
    }

    @Test
    void aSecretOfTheDeploymentsOwnPassesTheCheck() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String own = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PackagedApplication.Outcome outcome = PackagedApplication.start("prod", Map.of(environmentVariable(), own),
                Duration.ofSeconds(20));
        assertFalse(outcome.output().contains(setting()), outcome.output());
    }

    private void assertRefused(PackagedApplication.Outcome outcome) {
        assertTrue(outcome.exited(), "still running after " + PATIENCE + ":\n" + outcome.output());
        assertNotEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(setting()), "the refusal names " + setting() + ":\n" + outcome.output());
        assertEquals(-1, outcome.output().indexOf("Listening on"), outcome.output());
    }
}
