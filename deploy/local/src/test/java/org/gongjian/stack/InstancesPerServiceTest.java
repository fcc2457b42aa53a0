package org.gongjian.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstancesPerServiceTest {

    @Test
    void aSecondInstanceOfEveryServiceRunsOnItsOwnPortsAndInItsOwnDirectory(@TempDir Path tmp) {
        StackConfig config = StackConfig.forTests(tmp, tmp).toBuilder().instancesPerService(2).build();
        assertEquals(10, config.services().size());
        for (String module : List.of("registry-service", "pairing-service", "activity-service", "notification-service", "gateway")) {
            List<ServiceSpec> two = config.instances(module);
            assertEquals(2, two.size(), module);
            assertEquals(module, two.get(0).componentName());
            assertEquals(module + "-2", two.get(1).componentName());
            assertEquals(two.get(0).database(), two.get(1).database(), "one database for both instances");
            assertNotEquals(two.get(0).port(), two.get(1).port());
            assertNotEquals(two.get(0).managementPort(), two.get(1).managementPort());
            assertEquals(two.get(0).jar(tmp), two.get(1).jar(tmp), "the same packaged module");
            assertEquals(config.service(module), two.get(0), "a service's first instance answers for it");
        }
        assertNotEquals(config.pidFile("pairing-service"), config.pidFile("pairing-service-2"));
    }

    @Test
    void theGatewayTakesEveryInstanceOfEachServiceInTurn(@TempDir Path tmp) {
        StackConfig config = StackConfig.forTests(tmp, tmp).toBuilder().instancesPerService(2).build();
        ServiceSpec secondGateway = config.instances("gateway").get(1);
        Map<String, String> env = new QuarkusService(secondGateway, config).environment();
        String pairing = env.get("GONGJIAN_GATEWAY_SERVICES_PAIRING");
        assertEquals(String.join(",", config.instanceUrls("pairing-service")), pairing);
        assertTrue(pairing.contains(","), pairing);
        assertEquals(Integer.toString(secondGateway.port()), env.get("QUARKUS_HTTP_PORT"));
        assertEquals(String.join(",", config.instanceUrls("gateway")), env.get("GONGJIAN_GATEWAY_CORS_ORIGINS"));
    }

    @Test
    void oneInstanceStaysAsBefore(@TempDir Path tmp) {
        StackConfig config = StackConfig.forTests(tmp, tmp);
        assertEquals(5, config.services().size());
        Map<String, String> env = new QuarkusService(config.service("gateway"), config).environment();
        assertEquals(config.serviceUrl("registry-service"), env.get("GONGJIAN_GATEWAY_SERVICES_REGISTRY"));
    }
}
