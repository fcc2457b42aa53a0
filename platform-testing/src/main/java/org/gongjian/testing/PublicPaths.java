package org.gongjian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public paths of a service, one {@code METHOD /path} a line, as its OpenAPI document lists them, kept in
 * {@code docs/api/<service>.paths} at the root of the repository. Each service's {@code HealthTest} checks that the
 * file equals its document ({@link ServiceHealthContract}); the gateway's route table test reads the files, so a path
 * a service adds and the gateway does not route fails a build without any service running.
 */
public final class PublicPaths {

    /** Rewrites the files instead of comparing: {@code -Dgongjian.api-paths.write=true}. */
    public static final String WRITE = "gongjian.api-paths.write";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicPaths() {
    }

    /** {@code METHOD /path} of every operation of an OpenAPI document, sorted. */
    public static List<String> of(String openApiJson) {
        JsonNode paths;
        try {
            paths = JSON.readTree(openApiJson).path("paths");
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
        List<String> lines = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                lines.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        return lines.stream().sorted().toList();
    }

    /** The committed file of a service ({@code docs/api/<service>.paths}), found from the working directory up. */
    public static Path fileOf(String service) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/api"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No docs/api above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/api/" + service + ".paths");
    }

    /** The lines of a committed file, without its comments. */
    public static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String service, List<String> lines) {
        String header = "# Generated from the OpenAPI document of " + service + " by its HealthTest"
                + " (-D" + WRITE + "=true); do not edit.\n";
        try {
            Files.writeString(file, header + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
