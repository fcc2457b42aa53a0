package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.registry.support.CreditCodes;
import org.gongjian.registry.support.Sheets;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Sheets.enterpriseRow;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OrganizationImportTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static int count(String district) {
        return given().header("Authorization", admin(district)).when().get("/api/organizations")
                .then().statusCode(200).extract().path("total");
    }

    private static List<String> with(List<String> row, int column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column, value);
        return copy;
    }

    @Test
    void theTemplateIsAnXlsxWithChineseHeaders() {
        byte[] template = given().header("Authorization", admin(newDistrict()))
                .when().get("/api/organizations/import-template")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertThat(Sheets.readXlsx(template).get(0)).containsExactlyElementsOf(Sheets.TEMPLATE_HEADERS);
    }

    @Test
    void aGoodCsvWithBomIsImportedInChineseAndEnglishLabels() {
        String district = newDistrict();
        String parent = registered(district, organ("湘潭高新区两新工委", "PARTY_COMMITTEE"));
        List<List<String>> rows = List.of(
                enterpriseRow("湘潭佳佳美党支部"),
                with(with(enterpriseRow("湘潭利和党支部"), 1, "BRANCH"), 2, "NON_PUBLIC_ENTERPRISE"),
                List.of("高新区商会党支部", "党支部", "社会组织", parent, "湘潭高新区商会", "", "", "", "", "", "", "", "", "", "2020/7/1", ""));
        upload(admin(district), "党组织.csv", Sheets.csv(rows), false)
                .statusCode(201).body("rows", is(3)).body("imported", is(3)).body("dryRun", is(false));
        given().header("Authorization", admin(district)).queryParam("q", "党支部").when().get("/api/organizations")
                .then().body("items.name", containsInAnyOrder("湘潭佳佳美党支部", "湘潭利和党支部", "高新区商会党支部"))
                .body("items.find { it.name == '高新区商会党支部' }.parentId", is(parent))
                .body("items.find { it.name == '高新区商会党支部' }.foundedOn", is("2020-07-01"))
                .body("items.find { it.name == '湘潭佳佳美党支部' }.honours", hasItems("一级示范党组织", "先进基层党组织"))
                .body("items.find { it.name == '湘潭佳佳美党支部' }.contacts[0].language", is("zh-CN"));
    }

    @Test
    void aGoodXlsxIsImported() {
        String district = newDistrict();
        List<List<String>> rows = List.of(enterpriseRow("湘潭崇德科技党支部"), enterpriseRow("湘潭健车汽车服务党支部"));
        upload(admin(district), "orgs.xlsx", Sheets.xlsx(rows), false).statusCode(201).body("imported", is(2));
        assertThat(count(district)).isEqualTo(2);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImported() {
        String district = newDistrict();
        List<List<String>> rows = List.of(
                enterpriseRow("好的党支部"),
                with(enterpriseRow("坏代码党支部"), 5, CreditCodes.broken(CreditCodes.random())),
                with(with(enterpriseRow("坏类型党支部"), 1, "小组"), 12, "-3"),
                with(with(enterpriseRow("坏电话党支部"), 9, "12345"), 10, "no-mail"),
                with(with(enterpriseRow(""), 14, LocalDate.now().plusYears(1).toString()), 3, "not-an-id"));
        upload(admin(district), "orgs.csv", Sheets.csv(rows), false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rows.find { it.row == 3 }.column", is("统一社会信用代码"))
                .body("rows.findAll { it.row == 4 }.column", hasItems("类型", "正式党员数"))
                .body("rows.findAll { it.row == 5 }.column", hasItems("联系电话", "联系邮箱"))
                .body("rows.findAll { it.row == 6 }.column", hasItems("名称", "成立日期", "上级组织ID"))
                .body("errors.field", hasItem("row 3: 统一社会信用代码"))
                .body("detail", containsString("没有导入任何组织"));
        given().header("Authorization", admin(district)).header("Accept-Language", "en")
                .multiPart("file", "orgs.csv", Sheets.csv(rows), "text/csv")
                .when().post("/api/organizations/imports")
                .then().statusCode(422)
                .body("errors.field", hasItem("row 3: 统一社会信用代码"))
                .body("detail", containsString("nothing was imported"));
        assertThat(count(district)).isZero();
    }

    @Test
    void aParentOfAnotherDistrictIsABadRow() {
        String district = newDistrict();
        String foreign = registered(newDistrict(), organ("外区党委", "PARTY_COMMITTEE"));
        upload(admin(district), "orgs.csv", Sheets.csv(List.of(with(enterpriseRow("某党支部"), 3, foreign))), false)
                .statusCode(422).body("rows[0].row", is(2)).body("rows[0].column", is("上级组织ID"))
                .body("rows[0].message", is("不是本区域的组织"));
    }

    @Test
    void aDryRunChecksWithoutImporting() {
        String district = newDistrict();
        upload(admin(district), "orgs.xlsx", Sheets.xlsx(List.of(enterpriseRow("试运行党支部"))), true)
                .statusCode(200).body("dryRun", is(true)).body("rows", is(1)).body("imported", is(0));
        upload(admin(district), "orgs.csv", Sheets.csv(List.of(with(enterpriseRow("试运行党支部"), 1, "?"))), true)
                .statusCode(422).body("rows[0].column", is("类型"))
                .body("rows[0].message", startsWith("须为以下之一：")).body("rows[0].message", endsWith("（填写的是“?”）"));
        assertThat(count(district)).isZero();
    }

    @Test
    void aBrokenOrForeignFileIsRefusedNamingTheFile() {
        String token = admin(newDistrict());
        upload(token, "orgs.xlsx", "this is no workbook".getBytes(), false)
                .statusCode(400).body("errors[0].field", is("file"));
        upload(token, "orgs.csv", new byte[] {(byte) 0xC3, (byte) 0x28, 0x2C, 0x0A}, false)
                .statusCode(400).body("errors[0].field", is("file"));
        upload(token, "orgs.csv", "a,b,c\r\n1,2,3\r\n".getBytes(), false)
                .statusCode(400).body("errors[0].field", is("file")).body("detail", containsString("名称"));
        upload(token, "orgs.csv", ("\uFEFF" + String.join(",", Sheets.HEADERS) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .statusCode(422);
        upload(token, "orgs.pdf", "%PDF-1.4".getBytes(), false).statusCode(415)
                .body("errors[0].field", is("file")).body("detail", is("file: 请上传 .xlsx 或 .csv 文件"));
        given().header("Authorization", token).multiPart("other", "x").when().post("/api/organizations/imports")
                .then().statusCode(400).body("errors[0].field", is("file"));
        upload(token, "orgs.csv", Sheets.csv(List.of()), false).statusCode(422);
        given().header("Authorization", token).multiPart("file", "o.csv", Sheets.csv(List.of(enterpriseRow("x"))), "text/csv")
                .queryParam("dryRun", "maybe").when().post("/api/organizations/imports")
                .then().statusCode(400).body("errors[0].field", is("dryRun"));
    }

    @Test
    void aFileAboveTheLimitIsRefusedWith413() {
        byte[] huge = new byte[21 * 1024 * 1024];
        upload(admin(newDistrict()), "huge.csv", huge, false).statusCode(413);
    }

    @Test
    void onlyADistrictAdminImports() {
        String district = newDistrict();
        upload(as(Role.DASHBOARD_READER, district, null), "o.csv", Sheets.csv(List.of(enterpriseRow("x"))), false)
                .statusCode(403);
        upload(as(Role.BRANCH_SECRETARY, district, java.util.UUID.randomUUID()), "o.csv",
                Sheets.csv(List.of(enterpriseRow("x"))), false).statusCode(403);
        assertThat(count(district)).isZero();
    }

    @Test
    void theExportHoldsTheFilteredListAsXlsxAndCsv() {
        String district = newDistrict();
        upload(admin(district), "orgs.csv", Sheets.csv(List.of(enterpriseRow("湘潭万达商圈党支部"), enterpriseRow("湘潭钢铁物流党支部"))), false)
                .statusCode(201);
        registered(district, organ("湘潭高新区财政局党支部", "BRANCH"));

        byte[] xlsx = given().header("Authorization", admin(district)).queryParams(Map.of("format", "xlsx", "sector", "NON_PUBLIC_ENTERPRISE"))
                .when().get("/api/organizations/export").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = Sheets.readXlsx(xlsx);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("名称", "类型", "领域");
        assertThat(rows.subList(1, 3)).extracting(row -> row.get(0)).containsExactlyInAnyOrder("湘潭万达商圈党支部", "湘潭钢铁物流党支部");
        assertThat(rows.get(1)).contains("13807320001");

        byte[] csv = given().header("Authorization", admin(district)).queryParam("format", "csv")
                .when().get("/api/organizations/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF名称,类型,领域").contains("湘潭高新区财政局党支部,党支部,机关").contains("湘潭万达商圈党支部");
        assertThat(text.split("\r\n")).hasSize(4);

        // an export can be imported again (ID and status columns are ignored)
        upload(admin(newDistrict()), "again.xlsx", xlsx, true).statusCode(200).body("rows", is(2));
    }

    @Test
    void aDashboardReadersExportHasNoPhonesOrEmails() {
        String district = newDistrict();
        upload(admin(district), "orgs.csv", Sheets.csv(List.of(enterpriseRow("湘潭智造谷党支部"))), false).statusCode(201);
        String text = given().header("Authorization", as(Role.DASHBOARD_READER, district, null)).queryParam("format", "csv")
                .when().get("/api/organizations/export").then().statusCode(200).extract().asString();
        assertThat(text).contains("湘潭智造谷党支部").doesNotContain("13807320001").doesNotContain("wang@example.cn");
        given().header("Authorization", admin(district)).queryParam("format", "pdf")
                .when().get("/api/organizations/export").then().statusCode(400).body("errors[0].field", is("format"));
        given().header("Authorization", as(Role.ENTERPRISE_CONTACT, district, java.util.UUID.randomUUID()))
                .when().get("/api/organizations/export").then().statusCode(403);
    }
}
