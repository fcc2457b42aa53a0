package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.rest.Texts;
import org.gongjian.rest.XlsxWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the import template and exports, as .xlsx or as UTF-8 CSV with a BOM (so Excel reads it as UTF-8), their
 * headers, labels and instructions in the reader's language (an import reads either language back).
 */
public final class SheetWriter {

    private static final List<String> EXPORT_EXTRA = List.of("ID", "DISTRICT", "STATUS", "DISSOLUTION_REASON", "DISSOLVED_ON");
    private static final int HELP_ROWS = 13;
    private static final int COLUMN_WIDTH = 16;

    private static final Texts TEXTS = Labels.TEXTS;

    private SheetWriter() {
    }

    public static void template(Locale locale, OutputStream out) throws IOException {
        XlsxWriter workbook = new XlsxWriter(out);
        SheetColumn[] columns = SheetColumn.values();
        List<String> headers = new ArrayList<>();
        for (SheetColumn column : columns) {
            headers.add(column.header(locale));
        }
        workbook.sheet(TEXTS.get(locale, "sheet.organizations"), headers, widths(columns.length));
        workbook.sheet(TEXTS.get(locale, "sheet.help"),
                List.of(TEXTS.get(locale, "help.column"), TEXTS.get(locale, "help.note")), new int[] {28, 80});
        for (int r = 1; r <= HELP_ROWS; r++) {
            workbook.row(List.of(TEXTS.get(locale, "help." + r + ".column"),
                    TEXTS.get(locale, "help." + r + ".note", choicesFor(r, locale))));
        }
        workbook.finish();
    }

    public static void xlsx(List<OrganizationSnapshot> organizations, Locale locale, OutputStream out)
            throws IOException {
        XlsxWriter workbook = new XlsxWriter(out);
        List<String> headers = headers(locale);
        workbook.sheet(TEXTS.get(locale, "sheet.organizations"), headers, widths(headers.size()));
        for (OrganizationSnapshot organization : organizations) {
            workbook.row(cells(organization, locale));
        }
        workbook.finish();
    }

    private static int[] widths(int columns) {
        int[] widths = new int[columns];
        Arrays.fill(widths, COLUMN_WIDTH);
        return widths;
    }

    public static void csv(List<OrganizationSnapshot> organizations, Locale locale, OutputStream out)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, new ArrayList<>(headers(locale)));
        for (OrganizationSnapshot organization : organizations) {
            line(writer, cells(organization, locale));
        }
        writer.flush();
    }

    private static List<String> headers(Locale locale) {
        return Stream.concat(Stream.of(SheetColumn.values()).map(column -> column.header(locale)),
                EXPORT_EXTRA.stream().map(extra -> TEXTS.get(locale, "export." + extra))).toList();
    }

    private static String choicesFor(int helpRow, Locale locale) {
        return switch (helpRow) {
            case 2 -> Labels.kindChoices(locale);
            case 3 -> Labels.sectorChoices(locale);
            default -> "";
        };
    }

    private static List<Object> cells(OrganizationSnapshot o, Locale locale) {
        OrganizationSnapshot.Contact contact = o.contacts().isEmpty() ? null : o.contacts().get(0);
        List<Object> cells = new ArrayList<>();
        cells.add(o.name());
        cells.add(Labels.of(o.kind(), locale));
        cells.add(Labels.of(o.sector(), locale));
        cells.add(o.parentId());
        cells.add(o.hostUnit().name());
        cells.add(o.hostUnit().creditCode());
        cells.add(o.secretary() == null ? null : o.secretary().name());
        cells.add(o.secretary() == null ? null : o.secretary().phone());
        cells.add(o.secretary() == null ? null : o.secretary().email());
        cells.add(contact == null ? null : contact.name());
        cells.add(contact == null ? null : contact.phone());
        cells.add(contact == null ? null : contact.email());
        cells.add(contact == null ? null : contact.language());
        cells.add(o.members().full());
        cells.add(o.members().probationary());
        cells.add(o.foundedOn());
        cells.add(o.honours().isEmpty() ? null : String.join("；", o.honours()));
        cells.add(o.id());
        cells.add(o.district());
        cells.add(Labels.of(o.status(), locale));
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
