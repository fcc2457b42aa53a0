package org.gongjian.registry.support;

import io.restassured.response.ValidatableResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Spreadsheets as a committee fills them in, and the calls that upload them. */
public final class Sheets {

    public static final List<String> HEADERS = List.of("名称", "类型", "领域", "上级组织ID", "所在单位", "统一社会信用代码", "书记",
            "书记电话", "联系人", "联系电话", "联系邮箱", "联系人语言", "正式党员数", "预备党员数", "成立日期", "荣誉");
    /** The template's headers today: those of {@link #HEADERS} (an older template, still imported) and 书记邮箱. */
    public static final List<String> TEMPLATE_HEADERS = List.of("名称", "类型", "领域", "上级组织ID", "所在单位",
            "统一社会信用代码", "书记", "书记电话", "书记邮箱", "联系人", "联系电话", "联系邮箱", "联系人语言", "正式党员数",
            "预备党员数", "成立日期", "荣誉");

    private Sheets() {
    }

    /** A good row for an enterprise branch, in the template's column order. */
    public static List<String> enterpriseRow(String name) {
        return List.of(name, "党支部", "非公企业", "", name + "公司", CreditCodes.random(), "李书记", "13807320001", "王联络",
                "0731-58888888", "wang@example.cn", "中文", "8", "1", "2019-07-01", "一级示范党组织；先进基层党组织");
    }

    public static byte[] csv(List<List<String>> rows) {
        String text = "\uFEFF" + String.join(",", HEADERS) + "\r\n" + rows.stream()
                .map(row -> row.stream().map(cell -> cell.contains(",") ? "\"" + cell + "\"" : cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n")) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("党组织");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (cell.matches("\\d{1,6}")) {
                        sheet.value(r + 1, c, Integer.parseInt(cell));
                    } else if (!cell.isEmpty()) {
                        sheet.value(r + 1, c, cell);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse upload(String token, String fileName, byte[] content, boolean dryRun) {
        return given().header("Authorization", token)
                .multiPart("file", fileName, content, fileName.endsWith(".csv") ? "text/csv" : "application/octet-stream")
                .queryParam("dryRun", dryRun)
                .when().post("/api/organizations/imports").then();
    }

    /** The rows of the first sheet of an .xlsx, as text. */
    public static List<List<String>> readXlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return rows.map(Sheets::texts).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }
}
