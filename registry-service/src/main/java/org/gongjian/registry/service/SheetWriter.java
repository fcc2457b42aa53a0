package org.gongjian.registry.service;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongjian.events.organization.OrganizationSnapshot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes the import template and exports, as .xlsx or as UTF-8 CSV with a BOM (so Excel reads it as UTF-8). */
public final class SheetWriter {

    private static final List<String> EXPORT_EXTRA = List.of("ID", "所属区", "状态", "撤销原因", "撤销日期");

    private SheetWriter() {
    }

    public static void template(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Gongjian", "1.0");
        Worksheet sheet = workbook.newWorksheet("党组织");
        SheetColumn[] columns = SheetColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
            sheet.width(c, 16);
        }
        Worksheet help = workbook.newWorksheet("填写说明");
        String[][] notes = {
                {"列", "说明"},
                {"名称", "必填，党组织全称"},
                {"类型", "必填：" + Labels.kindChoices()},
                {"领域", "必填：" + Labels.sectorChoices()},
                {"上级组织ID", "选填：本区已登记、未撤销的党委或党总支的ID"},
                {"所在单位", "必填"},
                {"统一社会信用代码", "国企、非公企业必填；18位，含校验位（GB 32100-2015）"},
                {"书记 / 书记电话", "选填；电话为手机号或固定电话（如 0731-5555555）"},
                {"联系人 / 联系电话 / 联系邮箱", "选填"},
                {"联系人语言", "选填：中文/zh-CN（默认）或 英文/en"},
                {"正式党员数 / 预备党员数", "非负整数，空白为 0"},
                {"成立日期", "选填，不晚于今天，如 2020-07-01"},
                {"荣誉", "选填，多个以；分隔"},
                {"", "任何一行有误则整表不导入；可先以 dryRun=true 检查"}};
        for (int r = 0; r < notes.length; r++) {
            help.value(r, 0, notes[r][0]);
            help.value(r, 1, notes[r][1]);
        }
        help.width(0, 28);
        help.width(1, 80);
        workbook.finish();
    }

    public static void xlsx(List<OrganizationSnapshot> organizations, boolean personalData, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Gongjian", "1.0");
        Worksheet sheet = workbook.newWorksheet("党组织");
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (OrganizationSnapshot organization : organizations) {
            List<Object> cells = cells(organization, personalData);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Integer number) {
                    sheet.value(r, c, number);
                } else if (cell != null) {
                    sheet.value(r, c, cell.toString());
                }
            }
            if (r % 1000 == 0) {
                sheet.flush();
            }
            r++;
        }
        workbook.finish();
    }

    public static void csv(List<OrganizationSnapshot> organizations, boolean personalData, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, new ArrayList<>(headers()));
        for (OrganizationSnapshot organization : organizations) {
            line(writer, cells(organization, personalData));
        }
        writer.flush();
    }

    private static List<String> headers() {
        return Stream.concat(Stream.of(SheetColumn.values()).map(SheetColumn::header), EXPORT_EXTRA.stream()).toList();
    }

    private static List<Object> cells(OrganizationSnapshot o, boolean personalData) {
        OrganizationSnapshot.Contact contact = o.contacts().isEmpty() ? null : o.contacts().get(0);
        List<Object> cells = new ArrayList<>();
        cells.add(o.name());
        cells.add(Labels.of(o.kind()));
        cells.add(Labels.of(o.sector()));
        cells.add(o.parentId());
        cells.add(o.hostUnit().name());
        cells.add(o.hostUnit().creditCode());
        cells.add(o.secretary() == null ? null : o.secretary().name());
        cells.add(o.secretary() == null || !personalData ? null : o.secretary().phone());
        cells.add(contact == null ? null : contact.name());
        cells.add(contact == null || !personalData ? null : contact.phone());
        cells.add(contact == null || !personalData ? null : contact.email());
        cells.add(contact == null ? null : contact.language());
        cells.add(o.members().full());
        cells.add(o.members().probationary());
        cells.add(o.foundedOn());
        cells.add(o.honours().isEmpty() ? null : String.join("；", o.honours()));
        cells.add(o.id());
        cells.add(o.district());
        cells.add(Labels.of(o.status()));
        cells.add(o.dissolution() == null ? null : o.dissolution().reason());
        cells.add(o.dissolution() == null ? null : o.dissolution().dissolvedOn());
        return cells;
    }

    private static void line(BufferedWriter writer, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object cell = cells.get(i);
            if (cell != null) {
                writer.write(quote(cell.toString()));
            }
        }
        writer.write("\r\n");
    }

    /** RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection. */
    private static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
