package org.gongjian.gateway.ledger;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxLedgerOutputTest {

    private static final int ROWS = 5_000;

    /** Each row's text is its own; only the headers may be shared strings, so nothing grows with the rows. */
    @Test
    void rowsTextsAreWrittenInlineAndReadBackAsWritten() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxLedgerOutput output = new XlsxLedgerOutput(file);
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
