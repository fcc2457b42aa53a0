package org.gongjian.gateway.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.gateway.support.LedgerCannedRows;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

/**
 * The ledger assembled at the edge from the services' rows (stand-in services stream them in the real services' shapes),
 * read back with a real xlsx reader and a CSV parser.
 */
@QuarkusTest
class LedgerResourceTest {

    private static final String LEDGER = "/api/ledger";
    private static final String ADMIN = Tokens.user("admin.ledger").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();

    @Test
    void theWorkbookHasFourSheetsWithChineseHeadersAndTheServicesFigures() throws IOException {
        Response response = given().header("Authorization", ADMIN).queryParam("from", "2025-05-01").queryParam("to", "2025-06-30")
                .get(LEDGER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).contains("filename*=UTF-8''%E5%8F%B0%E8%B4%A6_2025-05-01_2025-06-30.xlsx");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("结对台账", "活动台账", "诉求台账", "签收情况");
            List<List<String>> pairings = cells(workbook.getSheet(0).orElseThrow());
            assertThat(pairings.getFirst()).startsWith("结对名称", "结对类型", "状态", "牵头组织", "结对组织", "牌匾编号");
            assertThat(pairings).hasSize(1 + 3);
            Map<String, String> june = row(pairings, 2);
            assertThat(june).containsEntry("结对名称", "纪检监察党支部与华菱线缆党委结对共建").containsEntry("结对类型", "一对一")
                    .containsEntry("期限开始", "2025年5月16日").containsEntry("约定频次", "每月1次").containsEntry("周期", "2025-06")
                    .containsEntry("应开展", "1").containsEntry("已开展", "2").containsEntry("已确认（计入）", "1")
                    .containsEntry("待确认", "1").containsEntry("其中有异议", "1").containsEntry("达标情况", "达标")
                    .containsEntry("评价等级", "良好").containsEntry("共建承诺", "共建、共学、共促、共享");
            assertThat(row(pairings, 1)).containsEntry("周期", "2025-05").containsEntry("达标情况", "未达标");
            assertThat(row(pairings, 3)).containsEntry("结对名称", "产业链党建联盟").containsEntry("结对组织", "嘉嘉美党支部、崇德科技党支部")
                    .containsEntry("约定频次", "每季度2次").containsEntry("周期", "2025-Q2").containsEntry("期限结束", "");

            List<List<String>> activities = cells(workbook.getSheet(1).orElseThrow());
            assertThat(activities).hasSize(3);
            assertThat(row(activities, 1)).containsEntry("日期", "2025年5月30日").containsEntry("活动名称", "庆\"六一\"主题党日")
                    .containsEntry("活动类型", "主题党日").containsEntry("地点", "湘潭高新区党群服务中心, 三楼")
                    .containsEntry("牵头方出席人数", "14").containsEntry("结对方出席人数", "38")
                    .containsEntry("确认情况", "结对方已确认").containsEntry("计入频次", "是").containsEntry("照片数", "3");
            assertThat(row(activities, 1).get("各组织出席情况"))
                    .isEqualTo("湘潭高新区纪检监察党支部：正式党员12，预备党员2，其他0\n湖南华菱线缆股份有限公司党委：正式党员20，预备党员3，其他15");
            assertThat(row(activities, 2)).containsEntry("状态", "计划中").containsEntry("确认情况", "").containsEntry("计入频次", "");

            List<List<String>> demands = cells(workbook.getSheet(2).orElseThrow());
            assertThat(row(demands, 1)).containsEntry("诉求", "招聘专场对接").containsEntry("类别", "招聘用工")
                    .containsEntry("状态", "已办结").containsEntry("办理天数", "4").containsEntry("按期办结", "是")
                    .containsEntry("办理过程", "2025年6月1日 待受理\n2025年6月2日 已受理（已安排人社部门对接）\n2025年6月5日 已办结");

            List<List<String>> receipts = cells(workbook.getSheet(3).orElseThrow());
            assertThat(receipts).hasSize(3);
            assertThat(row(receipts, 1)).containsEntry("接收人", "王晓红").containsEntry("签收状态", "已签收")
                    .containsEntry("签收日期", "2025年5月17日").containsEntry("身份", "联络人");
            assertThat(row(receipts, 2)).containsEntry("签收状态", "未签收");
        }
        for (String[] read : new String[][] {{"pairing-service", "/api/pairings/ledger"}, {"activity-service", "/api/cadence/ledger"},
                {"activity-service", "/api/activities/ledger"}, {"pairing-service", "/api/demands/ledger"},
                {"notification-service", "/api/receipts/ledger"}}) {
            FakeServices.Received received = FakeServices.lastReceived(read[0], read[1]);
            assertThat(received.header("Authorization")).as(read[1]).contains(ADMIN);
            assertThat(received.query()).as(read[1]).isEqualTo("from=2025-05-01&to=2025-06-30");
        }
    }

    @Test
    void theCsvZipHasOneUtf8FileWithBomPerSheetAndEnglishOnRequest() throws IOException {
        byte[] zip = given().header("Authorization", ADMIN).queryParam("from", "2025-05-01").queryParam("to", "2025-06-30")
                .queryParam("format", "csv").get(LEDGER).then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly("结对台账.csv", "活动台账.csv", "诉求台账.csv", "签收情况.csv");
        byte[] activities = files.get("活动台账.csv");
        assertThat(new String(activities, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<List<String>> rows = csv(activities);
        assertThat(rows.getFirst().getFirst()).isEqualTo("日期");
        assertThat(row(rows, 1)).containsEntry("活动名称", "庆\"六一\"主题党日").containsEntry("地点", "湘潭高新区党群服务中心, 三楼")
                .containsEntry("日期", "2025年5月30日");
        assertThat(row(rows, 1).get("各组织出席情况")).contains("\n湖南华菱线缆股份有限公司党委：正式党员20");
        assertThat(row(csv(files.get("结对台账.csv")), 2)).containsEntry("已确认（计入）", "1").containsEntry("周期", "2025-06");

        byte[] english = given().header("Authorization", ADMIN).header("Accept-Language", "en").queryParam("from", "2025-05-01")
                .queryParam("to", "2025-06-30").queryParam("format", "csv").get(LEDGER).then().statusCode(200).extract().asByteArray();
        Map<String, byte[]> englishFiles = unzip(english);
        assertThat(englishFiles.keySet()).containsExactly("Pairings.csv", "Activities.csv", "Demands.csv", "Receipts.csv");
        assertThat(row(csv(englishFiles.get("Activities.csv")), 1)).containsEntry("Date", "30 May 2025")
                .containsEntry("Type", "Themed party day").containsEntry("Confirmation", "Confirmed by the partner side");
        byte[] chineseByParameter = given().header("Authorization", ADMIN).header("Accept-Language", "en").queryParam("lang", "zh-CN")
                .queryParam("from", "2025-05-01").queryParam("to", "2025-06-30").queryParam("format", "csv").get(LEDGER)
                .then().statusCode(200).extract().asByteArray();
        assertThat(unzip(chineseByParameter)).containsKey("活动台账.csv");
    }

    @Test
    void badParametersAnswer400NamingTheParameterWithoutAskingTheServices() {
        bad(Map.of("to", "2025-06-30")).body("errors.field", hasItem("from"));
        bad(Map.of("from", "2025-07-01", "to", "2025-06-30")).body("errors.field", hasItem("to"));
        bad(Map.of("from", "2021-01-01", "to", "2025-06-30")).body("errors.field", hasItem("to"));
        bad(Map.of("from", "2025-01-01", "to", "2025-06-30", "format", "pdf")).body("errors.field", hasItem("format"));
        bad(Map.of("from", "2025-01-01", "to", "2025-06-30", "organizationId", "nope")).body("errors.field", hasItem("organizationId"));
        bad(Map.of("from", "01/01/2025", "to", "2025-06-30")).body("errors.field", hasItem("from"));
    }

    @Test
    void aServicesRefusalIsTheAnswerAndAStreamCutShortBreaksTheDownloadOff() {
        String secretary = Tokens.user("sec.ledger").roles(Role.BRANCH_SECRETARY).district("xiangtan-htz")
                .org(UUID.randomUUID()).bearer();
        given().header("Authorization", secretary).queryParam("from", "2025-01-01").queryParam("to", "2025-06-30")
                .queryParam("organizationId", LedgerCannedRows.REFUSED).get(LEDGER)
                .then().statusCode(404).contentType("application/problem+json");
        assertThatThrownBy(() -> {
            byte[] body = given().header("Authorization", ADMIN).queryParam("from", "2025-01-01").queryParam("to", "2025-06-30")
                    .queryParam("organizationId", LedgerCannedRows.CUT_SHORT).get(LEDGER).asByteArray();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
                cells(workbook.getSheet(1).orElseThrow());
            }
        }).isInstanceOf(Exception.class);
    }

    @Test
    void aDashboardReaderAndALiaisonAreRefused() {
        given().header("Authorization", Tokens.user("screen").roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer())
                .queryParam("from", "2025-01-01").queryParam("to", "2025-06-30").get(LEDGER).then().statusCode(403);
        given().header("Authorization", Tokens.user("liaison").roles(Role.ENTERPRISE_CONTACT).district("xiangtan-htz")
                .org(UUID.randomUUID()).bearer()).queryParam("from", "2025-01-01").queryParam("to", "2025-06-30").get(LEDGER)
                .then().statusCode(403);
        given().queryParam("from", "2025-01-01").queryParam("to", "2025-06-30").get(LEDGER).then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse bad(Map<String, String> parameters) {
        return given().header("Authorization", ADMIN).queryParams(parameters).get(LEDGER).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<List<String>> cells(Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(row.getOptionalCell(c).map(org.dhatim.fastexcel.reader.Cell::getText).orElse(""));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Row {@code n} (the header is row 0) by its header's names; missing cells are empty. */
    private static Map<String, String> row(List<List<String>> rows, int n) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> headers = rows.getFirst();
        for (int c = 0; c < headers.size(); c++) {
            List<String> row = rows.get(n);
            String value = c < row.size() ? row.get(c) : "";
            // numbers come back from the workbook as decimals: 1 not 1.0
            named.put(headers.get(c), value.matches("-?\\d+\\.0") ? value.substring(0, value.length() - 2) : value);
        }
        return named;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<List<String>> csv(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(file, 3, file.length - 3);
                MappingIterator<List<String>> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readerForListOf(String.class).readValues(in)) {
            lines.forEachRemaining(rows::add);
        }
        return rows;
    }
}
