package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.rest.security.RememberedTokenIdentities;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.newDistrict;

/**
 * A bearer token is verified once and its identity reused until it expires; a token that differs in any character,
 * or that was never valid, is not remembered and gets its 401 every time.
 */
@QuarkusTest
class RememberedTokenTest {

    @Inject
    RememberedTokenIdentities identities;

    @Test
    void aVerifiedTokenIsRememberedOnceAndAnsweredFromMemoryAfterwards() {
        String token = admin(newDistrict());
        int before = identities.remembered();

        given().header("Authorization", token).when().get("/api/organizations").then().statusCode(200);
        assertThat(identities.remembered()).as("remembered after the first request").isEqualTo(before + 1);

        given().header("Authorization", token).when().get("/api/organizations").then().statusCode(200);
        assertThat(identities.remembered()).as("the same token is not verified and remembered again")
                .isEqualTo(before + 1);
    }

    @Test
    void aTamperedForgedOrExpiredTokenIsRefusedEveryTimeAndNeverRemembered() {
        String token = admin(newDistrict());
        given().header("Authorization", token).when().get("/api/organizations").then().statusCode(200);
        int before = identities.remembered();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String forged = Tokens.user("admin.zhang").roles("district-admin").district("x").forged().bearer();
        String expired = Tokens.user("admin.zhang").roles("district-admin").district("x").expired().bearer();

        for (String bad : new String[] {tampered, forged, expired, tampered}) {
            given().header("Authorization", bad).when().get("/api/organizations").then().statusCode(401);
        }
        assertThat(identities.remembered()).isEqualTo(before);
    }
}
