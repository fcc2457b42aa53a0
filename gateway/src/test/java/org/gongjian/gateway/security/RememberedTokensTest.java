package org.gongjian.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.rest.security.RememberedTokenIdentities;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway remembers verified bearer tokens as the services do, and a remembered identity carries nothing of the
 * request that first presented it: every request is relayed with its own token, also when two callers alternate.
 */
@QuarkusTest
class RememberedTokensTest {

    @Inject
    RememberedTokenIdentities identities;

    @Test
    void eachRequestIsRelayedWithItsOwnTokenWhenBothAreRemembered() {
        String first = Tokens.user("admin.first").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").sign();
        String second = Tokens.user("admin.second").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").sign();
        int before = identities.remembered();

        for (int i = 0; i < 3; i++) {
            relayedWith(first);
            relayedWith(second);
        }
        assertThat(identities.remembered()).as("each token verified and remembered once").isEqualTo(before + 2);
    }

    private static void relayedWith(String token) {
        String path = "/api/organizations/" + UUID.randomUUID();
        given().header("Authorization", "Bearer " + token).when().get(path).then().statusCode(200);
        assertThat(FakeServices.lastReceived("registry-service", path).header("Authorization"))
                .hasValue("Bearer " + token);
    }
}
