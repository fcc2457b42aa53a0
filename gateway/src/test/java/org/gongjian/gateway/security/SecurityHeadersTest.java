package org.gongjian.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void proxiedAnswersCarryTheSecurityHeaders() {
        given().header("Authorization", Tokens.user("admin.headers").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .when().get("/api/organizations/" + UUID.randomUUID())
                .then().statusCode(200)
                .header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"))
                .header("Referrer-Policy", is("strict-origin-when-cross-origin"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void refusalsAndLoginRedirectsCarryThemToo() {
        given().redirects().follow(false)
                .when().get("/api/pairings")
                .then().statusCode(401)
                .header("X-Frame-Options", is("DENY"));
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverHttps() {
        given().header("X-Forwarded-Proto", "https")
                .when().get("/api/pairings")
                .then().statusCode(401)
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void corsAllowsTheConfiguredOrigin() {
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .when().options("/api/organizations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("http://localhost:8080"));
    }

    @Test
    void corsRefusesOtherOrigins() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/organizations")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
