package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.gongjian.rest.Role;
import org.gongjian.testing.OperationLogContract;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification service's operation log: every write recorded once, without its body, and append-only. */
@QuarkusTest
class OperationLogTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyWriteOperationLeavesExactlyOneEntryWithoutItsBody() throws Exception {
        String district = "log-" + UUID.randomUUID().toString().substring(0, 8);
        OperationLogContract contract = OperationLogContract.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .token(Tokens.user("admin.log").roles(Role.DISTRICT_ADMIN).district(district).bearer())
                .database(dataSource);

        List<String> failures = contract.run();

        System.out.println("operation log contract of notification-service: " + contract.calls());
        assertThat(contract.operations()).hasSizeGreaterThan(3);
        assertThat(failures).isEmpty();
    }

    @Test
    void theApplicationsRoleCanNeitherUpdateNorDeleteAnEntry() {
        assertThat(OperationLogContract.appendOnly(dataSource)).isEmpty();
    }
}
