package org.gongjian.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service's own files say about it: its application.properties, its pom, its @ProductionSecret settings. */
final class ServiceConfiguration {

    /** Quarkus configuration roots by environment variable prefix, and the extension that reads them. */
    private static final Map<String, String> EXTENSION_ROOTS = Map.of(
            "QUARKUS_HTTP_", "",
            "QUARKUS_MANAGEMENT_", "",
            "QUARKUS_DATASOURCE_", "quarkus-jdbc-postgresql",
            "QUARKUS_MAILER_", "quarkus-mailer",
            "QUARKUS_OIDC_", "quarkus-oidc",
            "QUARKUS_OTEL_", "quarkus-opentelemetry",
            "KAFKA_", "quarkus-messaging-kafka");
    private static final Pattern PRODUCTION_SECRET = Pattern.compile("@ProductionSecret\\s+\\w+\\s+(\\w+)\\(\\)");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    final String name;
    final Properties properties = new Properties();
    final String propertiesText;
    final String dependencies;
    final Path module;

    ServiceConfiguration(String name) {
        this.name = name;
        this.module = Manifests.root().resolve(name);
        Path file = module.resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            propertiesText = Files.readString(file);
            String pom = Files.readString(module.resolve("pom.xml"));
            StringBuilder deps = new StringBuilder(pom);
            for (String platform : List.of("platform-messaging", "platform-rest")) {
                if (pom.contains("<artifactId>" + platform + "</artifactId>")) {
                    deps.append(Files.readString(Manifests.root().resolve(platform).resolve("pom.xml")));
                }
            }
            dependencies = deps.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value in the production profile: the unprofiled one, or %prod's. */
    String production(String key) {
        return properties.getProperty("%prod." + key, properties.getProperty(key));
    }

    boolean hasExtension(String artifactId) {
        return dependencies.contains("<artifactId>" + artifactId + "</artifactId>");
    }

    /** Why an environment variable means something to this service, or null when it means nothing. */
    String meaning(String variable) {
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (environmentName(unprofiled).equals(variable)) {
                return "property " + unprofiled;
            }
        }
        Matcher reference = ENV_REFERENCE.matcher(propertiesText);
        while (reference.find()) {
            if (reference.group(1).equals(variable)) {
                return "${" + variable + "} in application.properties";
            }
        }
        for (Map.Entry<String, String> root : EXTENSION_ROOTS.entrySet()) {
            if (variable.startsWith(root.getKey()) && (root.getValue().isEmpty() || hasExtension(root.getValue()))) {
                return "configuration of " + (root.getValue().isEmpty() ? "Quarkus" : root.getValue());
            }
        }
        return null;
    }

    /** The environment variables of the settings marked @ProductionSecret in the service's code. */
    Set<String> productionSecrets() {
        Set<String> variables = new LinkedHashSet<>();
        try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = PRODUCTION_SECRET.matcher(Files.readString(source));
                while (matcher.find()) {
                    String segment = "." + matcher.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
                    String key = properties.stringPropertyNames().stream()
                            .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
                            .filter(k -> k.endsWith(segment)).findFirst()
                            .orElseThrow(() -> new IllegalStateException(name + ": the @ProductionSecret setting "
                                    + matcher.group(1) + "() has no entry in application.properties"));
                    variables.add(environmentName(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    /**
     * The Kafka consumer group of the service: its own setting, or the one platform-messaging gives every consumer
     * (the application's name).
     */
    String consumerGroup() {
        String key = "mp.messaging.connector.smallrye-kafka.group.id";
        String own = properties.getProperty(key);
        if (own != null) {
            return own;
        }
        Properties shared = new Properties();
        Path file = Manifests.root().resolve("platform-messaging/src/main/resources/META-INF/microprofile-config.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            shared.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shared.getProperty(key).replace("${quarkus.application.name}", properties.getProperty("quarkus.application.name"));
    }

    /** Incoming channels: topic and dead-letter topic by channel name. */
    Map<String, String> incomingTopics() {
        Map<String, String> topics = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.topic$").matcher(key);
            if (m.find()) {
                topics.put(properties.getProperty(key), properties.getProperty(
                        "mp.messaging.incoming." + m.group(1) + ".dead-letter-queue.topic"));
            }
        }
        return topics;
    }

    /** The environment variable that sets a property (MicroProfile Config's rule). */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
