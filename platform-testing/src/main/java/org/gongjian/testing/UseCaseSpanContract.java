package org.gongjian.testing;

import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A span on every public use-case method: each public method of a {@code service} bean that a resource or a consumer
 * is given, or that runs on a schedule, carries {@code @WithSpan} (see {@link UseCaseSpans}); a public method that is no
 * use case belongs in a class of its own or is package-private. Reflection over the compiled classes, without Quarkus.
 * A service's test in its {@code service} package extends it (plain JUnit).
 */
public abstract class UseCaseSpanContract {

    private UseCaseSpans useCases() {
        String servicePackage = getClass().getPackageName();
        assertTrue(servicePackage.endsWith(".service"), "the test lives in the service package, not " + servicePackage);
        String root = servicePackage.substring(0, servicePackage.length() - ".service".length());
        String tests = getClass().getProtectionDomain().getCodeSource().getLocation().toString();
        return UseCaseSpans.of(root, (URL entry) -> !entry.toString().startsWith(tests)
                && !entry.toString().startsWith("jar:" + tests));
    }

    @Test
    void everyPublicUseCaseMethodHasASpan() {
        assertEquals("[]", useCases().withoutSpan().toString(),
                "public methods of use-case classes without @WithSpan (add it, or make the method package-private)");
    }

    /** So that the check above never passes for finding nothing. */
    @Test
    void findsTheUseCasesTheResourcesCall() {
        assertFalse(useCases().useCaseClasses().isEmpty(), "no service bean is given to a resource or a consumer");
    }
}
