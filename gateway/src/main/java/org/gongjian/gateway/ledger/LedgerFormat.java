package org.gongjian.gateway.ledger;

import org.gongjian.gateway.rest.GatewayMessages;
import org.gongjian.rest.ProblemException;

import java.util.Locale;

/**
 * How a ledger is delivered: one workbook with four sheets, or (CSV having no sheets) a zip of four CSV files, one per
 * sheet, each UTF-8 with a BOM so that Excel opens it in Chinese.
 */
public enum LedgerFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("zip", "application/zip");

    public final String extension;
    public final String mediaType;

    LedgerFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@code xlsx} (the default) or {@code csv}; anything else answers 400 naming {@code format}. */
    public static LedgerFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return XLSX;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> XLSX;
            case "csv" -> CSV;
            default -> throw ProblemException.invalid("format", GatewayMessages.TEXTS.message("refusal.format-ledger"));
        };
    }
}
