package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The ledger's words in one language ({@code gateway-texts}, keys {@code ledger.*}): headers, labels, dates. */
public final class LedgerTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;

    public LedgerTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("gateway-texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern(get("ledger.date"), locale);
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The label of a code ({@code ledger.<kind>.<code>}), the code itself when there is none, empty for none. */
    public String label(String kind, JsonNode code) {
        if (code == null || code.isNull() || code.isMissingNode()) {
            return "";
        }
        try {
            return bundle.getString("ledger." + kind + "." + code.asText());
        } catch (MissingResourceException e) {
            return code.asText();
        }
    }

    public List<String> headers(String sheet) {
        return List.of(get("ledger.col." + sheet).split(","));
    }

    /** An ISO date ({@code 2026-05-30}) as the reader writes it: 2026年5月30日, 30 May 2026. */
    public String date(JsonNode isoDate) {
        if (isoDate == null || isoDate.isNull() || isoDate.isMissingNode()) {
            return "";
        }
        return dates.format(LocalDate.parse(isoDate.asText()));
    }

    public String yesNo(JsonNode bool) {
        if (bool == null || bool.isNull() || bool.isMissingNode()) {
            return "";
        }
        return get(bool.asBoolean() ? "ledger.yes" : "ledger.no");
    }

    /** The texts of an array joined with the language's list separator. */
    public String list(JsonNode array) {
        if (array == null || !array.isArray()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode item : array) {
            text.append(text.isEmpty() ? "" : get("ledger.list")).append(item.asText());
        }
        return text.toString();
    }
}
