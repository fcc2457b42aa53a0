package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.gateway.rest.GatewayMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes the merged operation log as CSV: UTF-8 with a byte order mark (so that Excel opens Chinese text), a header
 * row in the reader's language, one row per entry, newest first, page by page (constant memory).
 */
public final class OperationLogCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> COLUMNS = List.of("occurredAt", "service", "actor", "role", "organization",
            "district", "action", "target", "outcome", "result");

    private OperationLogCsv() {
    }

    public static void write(OutputStream output, Locale locale, OperationLogMerge.Step first,
            Function<String, OperationLogMerge.Step> next, int limit) throws IOException {
        Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write(String.join(",", COLUMNS.stream().map(column -> text(locale, "oplog.column." + column)).toList()));
        out.write("\r\n");
        int written = 0;
        OperationLogMerge.Step step = first;
        while (true) {
            for (JsonNode entry : step.items()) {
                if (written++ >= limit) {
                    out.flush();
                    return;
                }
                row(out, locale, entry);
            }
            if (step.next() == null) {
                break;
            }
            out.flush();
            step = next.apply(step.next());
        }
        out.flush();
    }

    private static void row(Writer out, Locale locale, JsonNode entry) throws IOException {
        int outcome = entry.path("outcome").asInt();
        String result = outcome >= 500 ? "failed" : outcome >= 400 ? "refused" : "succeeded";
        List<String> cells = List.of(
                TIME.format(Instant.parse(entry.path("occurredAt").asText())),
                GatewayMessages.serviceLabel(locale, entry.path("service").asText()),
                entry.path("actor").path("name").asText(""),
                entry.path("role").isTextual() ? text(locale, "oplog.role." + entry.path("role").asText()) : "",
                entry.path("organizationId").asText(""),
                entry.path("district").asText(""),
                entry.path("action").asText(""),
                entry.path("target").asText(""),
                Integer.toString(outcome),
                text(locale, "oplog.result." + result));
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(quoted(cell));
        }
        out.write(line.append("\r\n").toString());
    }

    /** Quotes a cell, and keeps a spreadsheet from reading it as a formula. */
    private static String quoted(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String text(Locale locale, String key) {
        return GatewayMessages.TEXTS.find(locale, key).orElse(key.substring(key.lastIndexOf('.') + 1));
    }
}
