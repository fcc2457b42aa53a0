package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.gateway.rest.GatewayMessages;
import org.gongjian.rest.Texts;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's words in one language ({@code gateway-texts} through {@link Texts}, keys {@code ledger.*}): headers,
 * labels, dates. The language is the request's, chosen by {@code Languages}. One instance serves one download on one
 * thread: it looks each text, format and label up once, since a district's year asks for them some million times.
 */
public final class LedgerTexts {

    private static final Texts TEXTS = GatewayMessages.TEXTS;

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private final Map<String, String> patterns = new HashMap<>();
    private final Map<String, MessageFormat> formats = new HashMap<>();
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, String> formattedDates = new HashMap<>();

    public LedgerTexts(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(get("ledger.date"), locale);
        this.numbers = NumberFormat.getInstance(locale);
    }

    public String get(String key, Object... arguments) {
        if (arguments.length == 0) {
            return patterns.computeIfAbsent(key, k -> TEXTS.pattern(locale, k));
        }
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Number number) {
                // as MessageFormat would, but with one format: it builds a new one for every number it is given
                arguments[i] = numbers.format(number);
            }
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(TEXTS.pattern(locale, k), locale)).format(arguments);
    }

    /** The label of a code ({@code ledger.<kind>.<code>}), the code itself when there is none, empty for none. */
    public String label(String kind, JsonNode code) {
        if (code == null || code.isNull() || code.isMissingNode()) {
            return "";
        }
        return labels.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(code.asText(),
                c -> TEXTS.find(locale, "ledger." + kind + "." + c).orElse(c));
    }

    public List<String> headers(String sheet) {
        return List.of(get("ledger.col." + sheet).split(","));
    }

    /** An ISO date ({@code 2026-05-30}) as the reader writes it: 2026年5月30日, 30 May 2026. */
    public String date(JsonNode isoDate) {
        if (isoDate == null || isoDate.isNull() || isoDate.isMissingNode()) {
            return "";
        }
        return formattedDates.computeIfAbsent(isoDate.asText(), iso -> dates.format(LocalDate.parse(iso)));
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
        String separator = get("ledger.list");
        StringBuilder text = new StringBuilder();
        for (JsonNode item : array) {
            text.append(text.isEmpty() ? "" : separator).append(item.asText());
        }
        return text.toString();
    }
}
