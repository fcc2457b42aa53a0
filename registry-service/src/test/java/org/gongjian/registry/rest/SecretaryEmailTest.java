package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.registry.support.Sheets;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.register;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SecretaryEmailTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> withSecretary(Map<String, Object> body, String name, String email) {
        Map<String, Object> secretary = new java.util.HashMap<>();
        secretary.put("name", name);
        secretary.put("phone", "13807320001");
        secretary.put("email", email);
        return with(body, "secretary", secretary);
    }

    @Test
    void theSecretarysEmailIsKeptReadAndCarriedOnTheEvents() {
        String district = newDistrict();
        Map<String, Object> body = withSecretary(enterprise("湘潭佳佳美党支部"), "李书记", "li.shuji@example.cn");
        String id = registered(district, body);

        read(admin(district), id).statusCode(200).body("secretary.email", is("li.shuji@example.cn"));
        read(as(Role.DASHBOARD_READER, district, null), id).statusCode(200)
                .body("secretary.name", is("李书记")).body("secretary.email", nullValue());
        assertThat(OrganizationEventsTest.eventsOf(district, OrganizationRegistered.TYPE, 1)).singleElement()
                .satisfies(event -> assertThat(event.organization().secretary().email()).isEqualTo("li.shuji@example.cn"));

        String secretary = as(Role.BRANCH_SECRETARY, district, id);
        update(secretary, id, etag(district, id), withSecretary(body, "李书记", "li.new@example.cn"))
                .statusCode(200).body("secretary.email", is("li.new@example.cn"));
        assertThat(OrganizationEventsTest.eventsOf(district, OrganizationUpdated.TYPE, 1)).singleElement()
                .satisfies(event -> assertThat(event.organization().secretary().email()).isEqualTo("li.new@example.cn"));
    }

    @Test
    void theSecretarysEmailIsCheckedLikeAContactsAndNeedsAName() {
        String district = newDistrict();
        register(admin(district), withSecretary(enterprise("湘潭利和党支部"), "李书记", "not-an-address"), "en")
                .statusCode(400).body("errors.field", hasItem("secretary.email"))
                .body("errors.find { it.field == 'secretary.email' }.message", is("is not an e-mail address"));
        register(admin(district), with(enterprise("湘潭利和党支部"), "secretary", Map.of("email", "li@example.cn")))
                .statusCode(400).body("errors.field", hasItem("secretary.name"));
    }

    @Test
    void anImportReadsTheSecretarysEmailColumnAndTheExportWritesIt() {
        String district = newDistrict();
        List<String> headers = Sheets.TEMPLATE_HEADERS;
        List<String> good = new ArrayList<>(Sheets.enterpriseRow("湘潭崇德科技党支部"));
        good.add(8, "chongde.shuji@example.cn");
        List<String> bad = new ArrayList<>(Sheets.enterpriseRow("湘潭健车汽车服务党支部"));
        bad.add(8, "no-mail");

        upload(admin(district), "orgs.csv", csv(headers, List.of(good, bad)), false)
                .statusCode(422).body("rows.column", is(List.of("书记邮箱"))).body("rows[0].row", is(3));
        upload(admin(district), "orgs.csv", csv(headers, List.of(good)), false).statusCode(201);

        given().header("Authorization", admin(district)).queryParam("q", "崇德").when().get("/api/organizations")
                .then().statusCode(200).body("items[0].secretary.email", is("chongde.shuji@example.cn"));
        String export = given().header("Authorization", admin(district)).queryParam("format", "csv")
                .when().get("/api/organizations/export").then().statusCode(200).extract().asString();
        assertThat(export).contains("书记电话,书记邮箱,联系人").contains("13807320001,chongde.shuji@example.cn,王联络");
        String readersExport = given().header("Authorization", as(Role.DASHBOARD_READER, district, null))
                .queryParam("format", "csv").when().get("/api/organizations/export").then().statusCode(200).extract().asString();
        assertThat(readersExport).doesNotContain("chongde.shuji@example.cn");
    }

    private static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", headers)).append("\r\n");
        rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
