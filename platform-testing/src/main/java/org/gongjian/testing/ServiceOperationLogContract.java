package org.gongjian.testing;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * What every service's operation log answers for, by {@link OperationLogContract}: every write operation of its OpenAPI
 * document leaves exactly one entry without its body, and its own database role can neither update nor delete an
 * entry. A service's {@code OperationLogTest} extends it, adds {@code @QuarkusTest}, and adds only its seeds: the
 * records its paths should name ({@link #seeded}) and the operations it must have ({@link #operationsItMustHave}).
 */
public abstract class ServiceOperationLogContract {

    /**
     * The contract with this service's seeds. By default every call is made by a district administrator of a district
     * of its own, and every path names a random id.
     */
    protected OperationLogContract seeded(OperationLogContract contract) {
        return contract.token(Tokens.user("admin.log").roles("district-admin")
                .district("log-" + UUID.randomUUID().toString().substring(0, 8)).bearer());
    }

    /** Write operations ({@code METHOD /template}) the service's document must hold. */
    protected List<String> operationsItMustHave() {
        return List.of();
    }

    protected static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }

    @Test
    void everyWriteOperationLeavesExactlyOneEntryWithoutItsBody() throws IOException {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        OperationLogContract contract = seeded(OperationLogContract.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .database(dataSource()));

        List<String> failures = contract.run();

        System.out.println("operation log contract of " + service + ": " + contract.calls());
        assertThat(contract.operations(), hasSize(greaterThan(3)));
        assertThat(contract.operations(), hasItems(operationsItMustHave().toArray(String[]::new)));
        assertThat(failures, empty());
    }

    @Test
    void theApplicationsRoleCanNeitherUpdateNorDeleteAnEntry() {
        assertThat(OperationLogContract.appendOnly(dataSource()), empty());
    }
}
