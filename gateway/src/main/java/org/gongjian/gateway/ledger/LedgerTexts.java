package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.gateway.rest.GatewayMessages;
import org.gongjian.rest.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's words in one language ({@code gateway-texts} through {@link Texts}, keys {@code ledger.*}): headers,
 * labels, dates. The language is the request's, chosen by {@code Languages}.
 */
public final class LedgerTexts {

    private static final Texts TEXTS = GatewayMessages.TEXTS;

    private final Locale locale;
    private final DateTimeFormatter dates;

    public LedgerTexts(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(get("ledger.date"), locale);
    }

    public String get(String key, Object... arguments) {
        return arguments.length == 0 ? TEXTS.pattern(locale, key) : TEXTS.get(locale, key, arguments);
    }

    /** The label of a code ({@code ledger.<kind>.<code>}), the code itself when there is none, empty for none. */
    public String label(String kind, JsonNode code) {
        if (code == null || code.isNull() || code.isMissingNode()) {
            return "";
        }
        return TEXTS.find(locale, "ledger." + kind + "." + code.asText()).orElse(code.asText());
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
