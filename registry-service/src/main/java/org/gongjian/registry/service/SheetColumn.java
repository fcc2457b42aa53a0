package org.gongjian.registry.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the import template, with their Chinese headers (the template's) and the API field each fills.
 * An import also accepts the API field names as headers.
 */
public enum SheetColumn {
    NAME("名称", "name"),
    KIND("类型", "kind"),
    SECTOR("领域", "sector"),
    PARENT_ID("上级组织ID", "parentId"),
    HOST_UNIT("所在单位", "hostUnit.name"),
    CREDIT_CODE("统一社会信用代码", "hostUnit.creditCode"),
    SECRETARY("书记", "secretary.name"),
    SECRETARY_PHONE("书记电话", "secretary.phone"),
    CONTACT("联系人", "contacts[0].name"),
    CONTACT_PHONE("联系电话", "contacts[0].phone"),
    CONTACT_EMAIL("联系邮箱", "contacts[0].email"),
    CONTACT_LANGUAGE("联系人语言", "contacts[0].language"),
    FULL_MEMBERS("正式党员数", "members.full"),
    PROBATIONARY_MEMBERS("预备党员数", "members.probationary"),
    FOUNDED_ON("成立日期", "foundedOn"),
    HONOURS("荣誉", "honours");

    private final String header;
    private final String field;

    SheetColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public String field() {
        return field;
    }

    /** The column a header names (Chinese or the API field), ignoring spaces and a required-marker asterisk. */
    public static Optional<SheetColumn> ofHeader(String text) {
        String cleaned = text == null ? "" : text.replace("*", "").replace("＊", "").strip();
        return Arrays.stream(values())
                .filter(column -> column.header.equals(cleaned) || column.field.equalsIgnoreCase(cleaned))
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
