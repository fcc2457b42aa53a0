package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.DraftRules;
import org.gongjian.registry.domain.OrganizationDraft;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Message;
import org.gongjian.rest.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Turns one sheet row into a draft and checks it with the same rules as the form, reporting by column. */
final class RowParser {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyy-M-d"));
    private static final Map<String, String> LANGUAGES = Map.of("中文", "zh-CN", "简体中文", "zh-CN", "zh", "zh-CN",
            "zh-cn", "zh-CN", "英文", "en", "english", "en", "en", "en");

    /** A parsed row: the draft, or the errors that keep it out. */
    record Parsed(SheetRow row, OrganizationDraft draft, List<RowError> errors) {
    }

    private static final Texts TEXTS = Texts.of("registry");

    private RowParser() {
    }

    static Parsed parse(SheetRow row) {
        List<RowError> errors = new ArrayList<>();
        OrganizationKind kind = value(row, SheetColumn.KIND, text -> Labels.kind(text).orElse(null),
                TEXTS.message("row.one-of", Labels.kindChoices(Languages.DEFAULT)), errors);
        Sector sector = value(row, SheetColumn.SECTOR, text -> Labels.sector(text).orElse(null),
                TEXTS.message("row.one-of", Labels.sectorChoices(Languages.DEFAULT)), errors);
        UUID parentId = value(row, SheetColumn.PARENT_ID, RowParser::uuid, TEXTS.message("row.parent-id"), errors);
        Integer full = count(row, SheetColumn.FULL_MEMBERS, errors);
        Integer probationary = count(row, SheetColumn.PROBATIONARY_MEMBERS, errors);
        LocalDate foundedOn = value(row, SheetColumn.FOUNDED_ON, RowParser::date, TEXTS.message("row.date"), errors);
        String language = value(row, SheetColumn.CONTACT_LANGUAGE,
                text -> LANGUAGES.get(text.toLowerCase(Locale.ROOT)) != null ? LANGUAGES.get(text.toLowerCase(Locale.ROOT))
                        : LANGUAGES.get(text), TEXTS.message("row.language"), errors);
        List<Contact> contacts = List.of();
        String contactName = row.get(SheetColumn.CONTACT);
        String contactPhone = row.get(SheetColumn.CONTACT_PHONE);
        String contactEmail = row.get(SheetColumn.CONTACT_EMAIL);
        if (contactName != null || contactPhone != null || contactEmail != null) {
            contacts = List.of(new Contact(contactName, contactPhone, contactEmail, language));
        }
        String honours = row.get(SheetColumn.HONOURS);
        String creditCode = row.get(SheetColumn.CREDIT_CODE);
        OrganizationDraft draft = new OrganizationDraft(
                row.get(SheetColumn.NAME), kind, sector, parentId, row.get(SheetColumn.HOST_UNIT),
                creditCode == null ? null : creditCode.toUpperCase(Locale.ROOT),
                row.get(SheetColumn.SECRETARY), row.get(SheetColumn.SECRETARY_PHONE), row.get(SheetColumn.SECRETARY_EMAIL),
                contacts,
                full, probationary, foundedOn,
                honours == null ? List.of() : Arrays.stream(honours.split("[;；、|]")).map(String::strip)
                        .filter(text -> !text.isEmpty()).toList());
        List<String> unreadable = errors.stream().map(RowError::column).toList();
        DraftRules.check(draft).stream()
                .filter(violation -> !unreadable.contains(SheetColumn.headerOfField(violation.field())))
                .forEach(violation -> errors.add(new RowError(row.number(), SheetColumn.headerOfField(violation.field()),
                        violation.message())));
        return new Parsed(row, errors.isEmpty() ? draft : null, errors);
    }

    private static Integer count(SheetRow row, SheetColumn column, List<RowError> errors) {
        String text = row.get(column);
        if (text == null) {
            return 0;
        }
        return value(row, column, RowParser::integer, TEXTS.message("row.whole-number"), errors);
    }

    private static <T> T value(SheetRow row, SheetColumn column, Function<String, T> parser, Message message,
            List<RowError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        T value = parser.apply(text);
        if (value == null) {
            errors.add(new RowError(row.number(), column.header(), TEXTS.message("row.found", message, abbreviate(text))));
        }
        return value;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
