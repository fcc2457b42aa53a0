package org.gongjian.registry.service;

import org.gongjian.rest.Languages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, with their headers (the template's, in {@code registry-texts}, zh-CN or
 * English) and the API field each fills. An import also accepts the API field names as headers.
 */
public enum SheetColumn {
    NAME("name"),
    KIND("kind"),
    SECTOR("sector"),
    PARENT_ID("parentId"),
    HOST_UNIT("hostUnit.name"),
    CREDIT_CODE("hostUnit.creditCode"),
    SECRETARY("secretary.name"),
    SECRETARY_PHONE("secretary.phone"),
    SECRETARY_EMAIL("secretary.email"),
    CONTACT("contacts[0].name"),
    CONTACT_PHONE("contacts[0].phone"),
    CONTACT_EMAIL("contacts[0].email"),
    CONTACT_LANGUAGE("contacts[0].language"),
    FULL_MEMBERS("members.full"),
    PROBATIONARY_MEMBERS("members.probationary"),
    FOUNDED_ON("foundedOn"),
    HONOURS("honours");

    private final String field;

    SheetColumn(String field) {
        this.field = field;
    }

    /** The template's header, from the {@code registry-texts} bundle (zh-CN): the name an import's row errors give. */
    public String header() {
        return header(Languages.DEFAULT);
    }

    /** The header in a language, for a template or an export. */
    public String header(Locale locale) {
        return Labels.TEXTS.pattern(locale, "column." + name());
    }

    public String field() {
        return field;
    }

    /**
     * The column a header names (Chinese, English or the API field), ignoring spaces and a required-marker asterisk:
     * a sheet exported in either language imports again.
     */
    public static Optional<SheetColumn> ofHeader(String text) {
        String cleaned = text == null ? "" : text.replace("*", "").replace("＊", "").strip();
        return Arrays.stream(values())
                .filter(column -> Labels.READ.stream().anyMatch(locale -> column.header(locale).equalsIgnoreCase(cleaned))
                        || column.field.equalsIgnoreCase(cleaned))
                .findFirst();
    }

    /** The column an API field belongs to, for reporting a rule an imported row breaks. */
    public static String headerOfField(String field) {
        String normalized = field.startsWith("honours") ? "honours" : field;
        return Arrays.stream(values())
                .filter(column -> column.field.equals(normalized))
                .map(SheetColumn::header)
                .findFirst()
                .orElse(field);
    }
}
