package org.gongjian.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The web app (src/main/webui, built by Quinoa) behind the code flow; its flows run in a browser in e2e-tests. */
@QuarkusTest
class WebAppTest {

    private static String committee() {
        return Tokens.user("admin.web").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();
    }

    @Test
    void theAppNeedsALogin() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        given().redirects().follow(false)
                .when().get("/pairings")
                .then().statusCode(302);
    }

    @Test
    void anAuthenticatedUserGetsTheChineseAppWithItsContentSecurityPolicy() {
        given().header("Authorization", committee())
                .when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<html lang=\"zh-CN\">"), containsString("结对共建工作台"),
                        containsString("<div id=\"root\">"), containsString("/assets/"),
                        not(containsString("<script>")));
    }

    @Test
    void everyPageOfTheAppIsTheSameDocumentSoThatLinksCanBeShared() {
        given().header("Authorization", committee())
                .when().get("/organizations?q=%E9%AB%98%E6%96%B0&page=2")
                .then().statusCode(200)
                .body(containsString("<div id=\"root\">"));
        given().header("Authorization", committee())
                .when().get("/pairings/6f1c0c55-4c41-4b8e-9a55-0d4f3b7c1a01")
                .then().statusCode(200)
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void theApiIsNeverAnsweredWithThePage() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }
}
