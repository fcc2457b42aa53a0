package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The four sheets of the ledger: their columns, widths, and how one service row becomes one spreadsheet row. The pairing
 * sheet has a row per pairing and cadence period (a pairing without a period in the range has one row, its cadence
 * cells empty).
 */
final class LedgerSheets {

    static final int[] PAIRING_WIDTHS = {36, 10, 8, 28, 36, 16, 14, 14, 30, 30, 12, 10, 8, 8, 12, 8, 10, 12, 8, 8, 30};
    static final int[] ACTIVITY_WIDTHS = {14, 7, 36, 30, 12, 28, 40, 60, 10, 10, 8, 22, 8, 50, 40, 7};
    static final int[] DEMAND_WIDTHS = {14, 36, 28, 10, 30, 40, 14, 10, 40, 14, 8, 8, 60};
    static final int[] RECEIPT_WIDTHS = {14, 36, 36, 28, 12, 8, 10, 14};

    private final LedgerTexts texts;

    LedgerSheets(LedgerTexts texts) {
        this.texts = texts;
    }

    List<Object> pairing(JsonNode p, JsonNode period) {
        JsonNode evaluation = p.path("evaluation");
        List<Object> cells = new ArrayList<>(Arrays.asList(
                text(p, "title"), texts.label("pairingType", p.get("type")), texts.label("pairingStatus", p.get("status")),
                text(p, "lead"), texts.list(p.get("partners")), text(p, "plaqueNo"),
                texts.date(p.get("termStart")), texts.date(p.get("termEnd")),
                texts.list(p.get("goals")), texts.list(p.get("commitments")),
                texts.get("ledger.cadence." + p.path("cadencePeriod").asText("MONTH"), p.path("cadenceCount").asInt())));
        if (period == null) {
            cells.addAll(Arrays.asList(null, null, null, null, null, null, null));
        } else {
            cells.addAll(Arrays.asList(text(period, "period"), period.path("required").asInt(), period.path("held").asInt(),
                    period.path("kept").asInt(), period.path("awaitingConfirmation").asInt(), period.path("disputed").asInt(),
                    texts.label("standing", period.get("status"))));
        }
        boolean evaluated = evaluation.isObject();
        cells.add(evaluated ? texts.label("rating", evaluation.get("rating")) : null);
        cells.add(evaluated && evaluation.hasNonNull("score") ? evaluation.get("score").asDouble() : null);
        cells.add(evaluated ? text(evaluation, "remarks") : null);
        return cells;
    }

    List<Object> activity(JsonNode a) {
        StringBuilder attendance = new StringBuilder();
        int lead = 0;
        int partner = 0;
        for (JsonNode o : a.path("attendance")) {
            int people = o.path("full").asInt() + o.path("probationary").asInt() + o.path("others").asInt();
            if (o.path("lead").asBoolean()) {
                lead += people;
            } else {
                partner += people;
            }
            attendance.append(attendance.isEmpty() ? "" : "\n").append(texts.get("ledger.attendance", o.path("organization").asText(),
                    o.path("full").asInt(), o.path("probationary").asInt(), o.path("others").asInt()));
        }
        boolean recorded = a.path("attendance").isArray() && !a.path("attendance").isEmpty();
        boolean held = "HELD".equals(a.path("status").asText());
        return Arrays.asList(texts.date(a.get("date")), text(a, "time"), text(a, "pairingTitle"), text(a, "title"),
                texts.label("activityType", a.get("type")), text(a, "location"), texts.list(a.get("participants")),
                attendance.toString(), recorded ? lead : null, recorded ? partner : null,
                texts.label("activityStatus", a.get("status")), texts.label("confirmation", a.get("confirmation")),
                held ? texts.yesNo(a.get("kept")) : null, text(a, "summary"), text(a, "outcomes"), a.path("photos").asInt());
    }

    List<Object> demand(JsonNode d) {
        StringBuilder history = new StringBuilder();
        for (JsonNode step : d.path("history")) {
            String on = texts.date(step.get("on"));
            String status = texts.label("demandStatus", step.get("to"));
            String note = step.hasNonNull("note") && !step.get("note").asText().isBlank() ? step.get("note").asText() : null;
            history.append(history.isEmpty() ? "" : "\n").append(note == null ? texts.get("ledger.history", on, status)
                    : texts.get("ledger.history.note", on, status, note));
        }
        return Arrays.asList(texts.date(d.get("raisedOn")), text(d, "pairingTitle"), text(d, "raisedBy"),
                texts.label("demandCategory", d.get("category")), text(d, "title"), text(d, "detail"), texts.date(d.get("dueOn")),
                texts.label("demandStatus", d.get("status")), text(d, "resolution"), texts.date(d.get("resolvedOn")),
                d.hasNonNull("daysToResolve") ? d.get("daysToResolve").asInt() : null, texts.yesNo(d.get("onTime")),
                history.toString());
    }

    List<Object> receipt(JsonNode r) {
        return Arrays.asList(texts.date(r.get("sentOn")), text(r, "title"), text(r, "pairingTitle"), text(r, "organization"),
                text(r, "recipient"), texts.label("recipientRole", r.get("recipientRole")),
                texts.label("receipt", r.get("acknowledged")), texts.date(r.get("acknowledgedOn")));
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
