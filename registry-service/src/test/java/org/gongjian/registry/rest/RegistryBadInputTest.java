package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.gongjian.testing.BadInputCorpus;
import org.gongjian.testing.DatabaseFingerprint;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.registered;

/** The generated bad-input corpus over every write and every list of the register (see platform-testing). */
@QuarkusTest
class RegistryBadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadInputAnswers5xxIsAcceptedOrChangesTheDatabase() throws Exception {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭语料党支部");
        String id = registered(district, body);
        String dissolvable = registered(district, enterprise("湘潭语料二党支部"));
        String token = admin(district);

        BadInputCorpus.Figures figures = BadInputCorpus.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .token(operation -> token)
                .pathValues((template, name) -> template.endsWith("/dissolution") ? dissolvable : id)
                .seed("POST /api/organizations", body)
                .seed("PUT /api/organizations/{id}", body)
                .seed("POST /api/organizations/{id}/dissolution", Map.of("reason", "撤销", "dissolvedOn", "2025-01-01"))
                .fingerprint(new DatabaseFingerprint(dataSource, Set.of()))
                .run();

        System.out.println(figures.summary());
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.serverErrors()).isZero();
        assertThat(figures.requests()).isGreaterThan(300);
    }
}
