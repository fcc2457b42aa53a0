package org.gongjian.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthenticationTest {

    private static Tokens admin() {
        return Tokens.user("admin.auth").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz");
    }

    private static void refusedWith401(String authorization) {
        String path = "/api/organizations/" + UUID.randomUUID();
        var request = given().redirects().follow(false);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        request.when().get(path)
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"))
                .body("status", is(401))
                .body("title", is("需要登录"))
                .body("detail", is("需要有效的访问令牌"))
                .body("instance", is(path));
        assertThat(FakeServices.hasReceived("registry-service", path)).as("the service never sees the request").isFalse();
    }

    @Test
    void aRequestWithoutTokenGetsA401ProblemNotARedirect() {
        refusedWith401(null);
    }

    @Test
    void aForgedTokenIsRefused() {
        refusedWith401(admin().forged().bearer());
    }

    @Test
    void anExpiredTokenIsRefused() {
        refusedWith401(admin().expired().bearer());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedWith401(admin().audience("other").bearer());
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPage() {
        Response response = given().redirects().follow(false).accept("text/html")
                .when().get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location"))
                .startsWith(System.getProperty("gongjian.test.oidc.issuer") + "/protocol/openid-connect/auth")
                .contains("client_id=gongjian-gateway")
                .contains("response_type=code");
    }

    @Test
    void healthAnswersOnTheManagementInterfaceWithoutLogin() {
        given().when().get(org.gongjian.testing.Management.url("/q/health/ready"))
                .then().statusCode(200)
                .body("status", is("UP"));
    }

    @Test
    void noManagementEndpointIsOnThePublicPortNorRoutedToAService() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/openapi?format=json",
                "/q/swagger-ui", "/q/swagger-ui/", "/api/q/health", "/api/organizations/../../q/metrics")) {
            given().redirects().follow(false).header("Authorization", Tokens.user("admin.q").roles(Role.DISTRICT_ADMIN)
                            .district("xiangtan-htz").bearer())
                    .when().get(path)
                    .then().statusCode(404);
        }
    }

    @Test
    void problemTitlesFollowTheCallersLanguage() {
        given().header("Accept-Language", "en").redirects().follow(false)
                .when().get("/api/pairings")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", is("Authentication required"))
                .body("detail", is("A valid access token is required"));
    }
}
