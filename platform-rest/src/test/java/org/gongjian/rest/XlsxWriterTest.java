package org.gongjian.rest;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    private static final int ROWS = 5_000;

    /** Each row's text is its own; only the headers may be shared strings, so nothing grows with the rows. */
    @Test
    void rowsTextsAreWrittenInlineAndReadBackAsWritten() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxWriter output = new XlsxWriter(file);
        output.sheet("活动台账", List.of("日期", "摘要", "参加人数"), new int[] {14, 40, 10});
        for (int i = 0; i < ROWS; i++) {
            output.row(List.of("2026年5月" + (i % 28 + 1) + "日", "第" + i + "次联建活动：走访企业、宣讲政策", i));
        }
        output.finish();

        assertThat(sharedStringCount(file.toByteArray())).isLessThanOrEqualTo(3);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("活动台账");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("摘要");
            assertThat(rows.get(4_321).getCellText(1)).isEqualTo("第4320次联建活动：走访企业、宣讲政策");
            assertThat(rows.get(4_321).getCellText(0)).isEqualTo("2026年5月9日");
            assertThat(rows.get(4_321).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(4_320));
        }
    }

    /** What a spreadsheet program reads back: texts as written, whatever characters they hold, numbers as numbers. */
    @Test
    void everyCharacterComesBackAndSheetsKeepTheirOrder() throws Exception {
        String awkward = "A&B <公司> \"联建\" 'x'\n第二行\t表格 😀";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxWriter output = new XlsxWriter(file);
        output.sheet("结对台账 & <1>", List.of("名称", "得分"), new int[] {30, 8});
        output.row(Arrays.asList(awkward, 92.5));
        output.row(Arrays.asList(" 前后有空格 ", null));
        output.row(Arrays.asList("控制字符\u0001与孤立代理\ud800", 0));
        output.sheet("活动台账", List.of("日期"), new int[] {14});
        output.row(List.of("2026年5月30日"));
        output.finish();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("结对台账 & <1>", "活动台账");
            List<Row> rows = sheets.getFirst().read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo(awkward);
            assertThat(rows.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(92.5));
            assertThat(rows.get(2).getCellText(0)).isEqualTo(" 前后有空格 ");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("控制字符\ufffd与孤立代理\ufffd");
            assertThat(sheets.get(1).read().get(1).getCellText(0)).isEqualTo("2026年5月30日");
        }
    }

    /** The header row stays in view, bold on grey; columns are as wide as asked; texts are UTF-8, not character references. */
    @Test
    void theHeaderRowIsFrozenAndBoldAndColumnsHaveTheirWidths() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxWriter output = new XlsxWriter(file);
        output.sheet("活动台账", List.of("日期", "摘要"), new int[] {14, 40});
        output.row(List.of("2026年5月30日", "走访企业"));
        output.finish();

        String sheet = part(file.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .contains("<col min=\"1\" max=\"1\" width=\"14\" customWidth=\"1\"/>")
                .contains("<col min=\"2\" max=\"2\" width=\"40\" customWidth=\"1\"/>")
                .contains("<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>摘要</t></is></c>")
                .contains("<c r=\"B2\" t=\"inlineStr\"><is><t>走访企业</t></is></c>")
                .doesNotContain("&#x");
        assertThat(part(file.toByteArray(), "xl/styles.xml"))
                .contains("<font><b/>").contains("<fgColor rgb=\"FFF2F2F2\"/>")
                .contains("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>");
    }

    private static String part(byte[] xlsx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the workbook");
    }

    /** The number of entries in the workbook's shared string table (0 when it has none). */
    private static int sharedStringCount(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("ledger-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
                if (entry == null) {
                    return 0;
                }
                String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                return xml.split("<si>", -1).length - 1;
            }
        } finally {
            Files.delete(file);
        }
    }
}
