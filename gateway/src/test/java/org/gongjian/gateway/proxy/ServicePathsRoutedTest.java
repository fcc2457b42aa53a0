package org.gongjian.gateway.proxy;

import org.assertj.core.api.SoftAssertions;
import org.gongjian.testing.PublicPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public path of every service's OpenAPI document reaches that service through the gateway, except the paths
 * that every service serves and the gateway merges (the operation log). The documents'
 * paths are read from {@code docs/api/<service>.paths}, which each service's {@code HealthTest} keeps equal to its
 * document, so this needs no service running.
 */
class ServicePathsRoutedTest {

    private static final String SAMPLE_ID = "6f1c0c55-4c41-4b8e-9a55-0d4f3b7c1a01";

    @Test
    void everyPathOfEveryServicesDocumentIsRoutedToThatService() {
        SoftAssertions softly = new SoftAssertions();
        for (Backend backend : Backend.values()) {
            Path file = PublicPaths.fileOf(backend.serviceName());
            assertThat(file).as("the paths of " + backend.serviceName()).exists();
            List<String> lines = PublicPaths.read(file);
            assertThat(lines).as(file.toString()).isNotEmpty();
            for (String line : lines) {
                String path = line.substring(line.indexOf(' ') + 1).replaceAll("\\{[^}/]+}", SAMPLE_ID);
                if (RouteTable.isComposed(path)) {
                    softly.assertThat(RouteTable.ownerOf(path)).as(line + " is merged by the gateway").isEmpty();
                    continue;
                }
                softly.assertThat(RouteTable.ownerOf(path))
                        .as(line + " of " + backend.serviceName() + " (" + file + ")").contains(backend);
            }
        }
        softly.assertAll();
    }
}
