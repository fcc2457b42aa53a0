package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.gongjian.registry.support.Sheets;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Sheets.enterpriseRow;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Templates and exports in the reader's language; an import reads Chinese and English sheets whatever it asks for. */
@QuarkusTest
class SheetLanguagesTest {

    private static final List<String> ENGLISH_HEADERS = List.of("Name", "Kind", "Sector", "Parent organization ID", "Host unit",
            "Unified social credit code", "Secretary", "Secretary phone", "Secretary e-mail", "Contact", "Contact phone",
            "Contact e-mail", "Contact language", "Full members", "Probationary members", "Founded on", "Honours");

    @Test
    void theTemplateIsInEnglishOnRequestAndChineseOtherwise() throws IOException {
        byte[] english = given().header("Authorization", admin(newDistrict())).header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/api/organizations/import-template")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''organization-import-template.xlsx"))
                .extract().asByteArray();
        assertThat(Sheets.readXlsx(english).get(0)).containsExactlyElementsOf(ENGLISH_HEADERS);
        assertThat(sheetNames(english)).containsExactly("Organizations", "How to fill in");
        assertThat(String.join("\n", cellsOfSecondSheet(english)))
                .contains("Party committee/PARTY_COMMITTEE").contains("Government body/ORGAN")
                .contains("the organization's full name");

        byte[] chinese = given().header("Authorization", admin(newDistrict()))
                .when().get("/api/organizations/import-template")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"organization-import-template.xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%85%9A%E7%BB%84%E7%BB%87"))
                .extract().asByteArray();
        assertThat(Sheets.readXlsx(chinese).get(0)).containsExactlyElementsOf(Sheets.TEMPLATE_HEADERS);
        assertThat(sheetNames(chinese)).containsExactly("党组织", "填写说明");
        assertThat(String.join("\n", cellsOfSecondSheet(chinese))).contains("党委/PARTY_COMMITTEE");
    }

    @Test
    void anEnglishExportHasEnglishHeadersAndLabelsAndImportsAgain() {
        String district = newDistrict();
        upload(admin(district), "orgs.csv", Sheets.csv(List.of(enterpriseRow("湘潭英文导出党支部"))), false).statusCode(201);

        String csv = given().header("Authorization", admin(district)).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/api/organizations/export")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"organizations-"))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFF" + String.join(",", ENGLISH_HEADERS) + ",ID,District,Status,Reason for dissolution,Dissolved on")
                .contains("湘潭英文导出党支部,Branch,Non-public enterprise,").contains(",Active,");

        byte[] xlsx = given().header("Authorization", admin(district)).header("Accept-Language", "en")
                .queryParam("format", "xlsx").when().get("/api/organizations/export")
                .then().statusCode(200).extract().asByteArray();
        assertThat(Sheets.readXlsx(xlsx).get(0)).startsWith(ENGLISH_HEADERS.toArray(String[]::new));
        assertThat(Sheets.readXlsx(xlsx).get(1)).contains("Branch", "Non-public enterprise", "Active");

        String again = newDistrict();
        upload(admin(again), "again.xlsx", xlsx, false).statusCode(201).body("imported", is(1));
        given().header("Authorization", admin(again)).when().get("/api/organizations")
                .then().statusCode(200)
                .body("items[0].name", is("湘潭英文导出党支部"))
                .body("items[0].kind", is("BRANCH"))
                .body("items[0].sector", is("NON_PUBLIC_ENTERPRISE"));
        upload(admin(newDistrict()), "again.csv", csv.getBytes(StandardCharsets.UTF_8), true).statusCode(200).body("rows", is(1));
    }

    @Test
    void aChineseSheetIsImportedWhateverLanguageTheRequestAsks() {
        String district = newDistrict();
        given().header("Authorization", admin(district)).header("Accept-Language", "en")
                .multiPart("file", "orgs.csv", Sheets.csv(List.of(enterpriseRow("湘潭中文模板党支部"))), "text/csv")
                .when().post("/api/organizations/imports")
                .then().statusCode(201).body("imported", is(1));
        given().header("Authorization", admin(district)).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/api/organizations/export")
                .then().statusCode(200).body(containsString("湘潭中文模板党支部,Branch,Non-public enterprise"));
        given().header("Authorization", admin(district))
                .queryParam("format", "csv").when().get("/api/organizations/export")
                .then().statusCode(200).body(containsString("湘潭中文模板党支部,党支部,非公企业"));
    }

    private static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(sheet -> sheet.getName()).toList();
        }
    }

    private static List<String> cellsOfSecondSheet(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getSheet(1).orElseThrow().openStream()) {
                return rows.flatMap(row -> row.stream().map(cell -> cell == null ? "" : cell.getText())).toList();
            }
        }
    }
}
