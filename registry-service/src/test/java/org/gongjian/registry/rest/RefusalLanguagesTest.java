package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.registered;
import static org.hamcrest.Matchers.is;

/** The field messages of an invitation and a download: Chinese by default, English on request. */
@QuarkusTest
class RefusalLanguagesTest {

    @Test
    void anInvitationNamesThePersonInTheReadersLanguage() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭语言邀请党支部")); // its secretary has no e-mail

        invite(admin(district), id, null, null).statusCode(400)
                .body("errors[0].field", is("person")).body("errors[0].message", is("必填：secretary（书记）或联系人的 ID"));
        invite(admin(district), id, null, "en").statusCode(400)
                .body("errors[0].message", is("is required: secretary or a contact's id"));
        invite(admin(district), id, "treasurer", "en").statusCode(400)
                .body("errors[0].message", is("is secretary or a contact's id"));
        invite(admin(district), id, "secretary", null).statusCode(400)
                .body("errors[0].field", is("email")).body("errors[0].message", is("名册中没有李书记的电子邮箱，邀请邮件须发往该邮箱"));

        dissolve(admin(district), id, "企业注销", "2026-01-05").statusCode(200);
        invite(admin(district), id, "secretary", null).statusCode(409).body("detail", is("已撤销组织的人员不能开通账号"));
        invite(admin(district), id, "secretary", "en").statusCode(409)
                .body("detail", is("A dissolved organization's people get no accounts"));
    }

    @Test
    void anExportInAnUnknownFormatIsRefusedInTheReadersLanguage() {
        String district = newDistrict();
        given().header("Authorization", admin(district)).queryParam("format", "pdf")
                .when().get("/api/organizations/export")
                .then().statusCode(400)
                .body("errors[0].field", is("format")).body("errors[0].message", is("须为 xlsx 或 csv"));
        given().header("Authorization", admin(district)).header("Accept-Language", "en").queryParam("format", "pdf")
                .when().get("/api/organizations/export")
                .then().statusCode(400)
                .body("errors[0].field", is("format")).body("errors[0].message", is("must be xlsx or csv"));
    }

    @Test
    void anImportWithAMalformedDryRunIsRefusedInTheReadersLanguage() {
        String district = newDistrict();
        for (List<String> language : List.of(List.of("zh-CN", "须为 true 或 false"), List.of("en", "must be true or false"))) {
            given().header("Authorization", admin(district)).header("Accept-Language", language.get(0))
                    .queryParam("dryRun", "maybe")
                    .multiPart("file", "orgs.csv", "名称\n".getBytes(), "text/csv")
                    .when().post("/api/organizations/imports")
                    .then().statusCode(400)
                    .body("errors[0].field", is("dryRun")).body("errors[0].message", is(language.get(1)));
        }
    }

    private static ValidatableResponse invite(String token, String organizationId, String person, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.body(body).when().post("/api/organizations/" + organizationId + "/accounts").then();
    }
}
