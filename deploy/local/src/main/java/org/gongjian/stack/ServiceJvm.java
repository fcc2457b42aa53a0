package org.gongjian.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * How a service's JVM is started, alike on the one-machine stack and on a district's server: its memory settings,
 * and the application's ahead-of-time cache when its build made one ({@code app.aot} next to {@code quarkus-run.jar},
 * see docs/PERFORMANCE.md). The JVM runs in the application's own directory ({@code target/quarkus-app}): classes
 * taken from the cache are only right when the JVM runs where the cache was made. An absent cache is not asked for;
 * one made for another build of the jar or another JDK is refused by the JVM with a warning, and the service starts
 * without it.
 */
public final class ServiceJvm {

    /** The cache's name in the application's directory, as Quarkus writes it. */
    public static final String AOT_CACHE = "app.aot";

    /** The heap's bound (collector and initial heap unchanged until measured: docs/PERFORMANCE.md, "Startup and memory"). */
    static final List<String> MEMORY = List.of("-Xmx512m");

    private ServiceJvm() {
    }

    /** The command that runs {@code jar} with {@code java}: memory, the cache if present, then {@code arguments}. */
    public static List<String> command(Path java, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(MEMORY);
        if (Files.isRegularFile(jar.resolveSibling(AOT_CACHE))) {
            command.add("-XX:AOTCache=" + AOT_CACHE);
        }
        if (!opensJavaLang(jar)) {
            // jboss-threads resets thread locals through java.lang internals on JDK 24+; given on the command line,
            // the option makes the JVM refuse a cache made without it, so a jar that says it in its manifest is
            // started without it
            command.add("--add-opens");
            command.add("java.base/java.lang=ALL-UNNAMED");
        }
        command.addAll(arguments);
        command.add("-jar");
        command.add(jar.getFileName().toString());
        return command;
    }

    /** Whether the jar's manifest opens {@code java.lang} to the application ({@code Add-Opens: java.base/java.lang}). */
    static boolean opensJavaLang(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String opens = manifest == null ? null : manifest.getMainAttributes().getValue("Add-Opens");
            return opens != null && List.of(opens.trim().split("\\s+")).contains("java.base/java.lang");
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the JVM runs: the application's directory, where its cache was made. */
    public static Path workingDirectory(Path jar) {
        return jar.toAbsolutePath().getParent();
    }
}
