package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles the ledger (台账) at the edge: the rows of each sheet stream from the service that owns them and are written
 * to the download as they arrive. The pairing sheet joins pairing-service's pairings with activity-service's cadence
 * periods; both come ordered by pairing id as text, so the join holds one pairing's periods at a time.
 */
@ApplicationScoped
public class LedgerExport {

    private final LedgerSources sources;

    LedgerExport(LedgerSources sources) {
        this.sources = sources;
    }

    /** Opens every sheet's rows (a refusal answers as a problem now) and gives the download to write. */
    public StreamingOutput prepare(LedgerQuery query, String accessToken) {
        Map<LedgerSources.Rows, RowStream> rows = sources.open(query, accessToken);
        return out -> {
            try {
                write(rows, query, out);
            } finally {
                rows.values().forEach(LedgerSources::quietlyClose);
            }
        };
    }

    @WithSpan
    void write(Map<LedgerSources.Rows, RowStream> rows, LedgerQuery query, OutputStream out) throws IOException {
        LedgerTexts texts = new LedgerTexts(query.language());
        LedgerSheets sheets = new LedgerSheets(texts);
        LedgerOutput output = query.format() == LedgerFormat.XLSX ? new XlsxLedgerOutput(out) : new CsvZipLedgerOutput(out);

        output.sheet(texts.get("ledger.sheet.pairings"), texts.headers("pairings"), LedgerSheets.PAIRING_WIDTHS);
        RowStream cadence = rows.get(LedgerSources.Rows.CADENCE);
        RowStream pairings = rows.get(LedgerSources.Rows.PAIRINGS);
        for (JsonNode pairing = pairings.take(); pairing != null; pairing = pairings.take()) {
            List<JsonNode> periods = periodsOf(pairing.path("id").asText(), cadence);
            if (periods.isEmpty()) {
                output.row(sheets.pairing(pairing, null));
            }
            for (JsonNode period : periods) {
                output.row(sheets.pairing(pairing, period));
            }
        }
        drain(cadence);

        output.sheet(texts.get("ledger.sheet.activities"), texts.headers("activities"), LedgerSheets.ACTIVITY_WIDTHS);
        RowStream activities = rows.get(LedgerSources.Rows.ACTIVITIES);
        for (JsonNode activity = activities.take(); activity != null; activity = activities.take()) {
            output.row(sheets.activity(activity));
        }

        output.sheet(texts.get("ledger.sheet.demands"), texts.headers("demands"), LedgerSheets.DEMAND_WIDTHS);
        RowStream demands = rows.get(LedgerSources.Rows.DEMANDS);
        for (JsonNode demand = demands.take(); demand != null; demand = demands.take()) {
            output.row(sheets.demand(demand));
        }

        output.sheet(texts.get("ledger.sheet.receipts"), texts.headers("receipts"), LedgerSheets.RECEIPT_WIDTHS);
        RowStream receipts = rows.get(LedgerSources.Rows.RECEIPTS);
        for (JsonNode receipt = receipts.take(); receipt != null; receipt = receipts.take()) {
            output.row(sheets.receipt(receipt));
        }
        output.finish();
    }

    /** The cadence rows of one pairing; rows of pairings that sort before it (none in a consistent answer) are skipped. */
    private static List<JsonNode> periodsOf(String pairingId, RowStream cadence) throws IOException {
        List<JsonNode> periods = new ArrayList<>();
        for (JsonNode row = cadence.peek(); row != null; row = cadence.peek()) {
            int order = row.path("pairingId").asText().compareTo(pairingId);
            if (order > 0) {
                break;
            }
            cadence.take();
            if (order == 0) {
                periods.add(row);
            }
        }
        return periods;
    }

    /** Reads what is left, so that the stream's trailer is checked. */
    private static void drain(RowStream stream) throws IOException {
        while (stream.take() != null) {
            // cadence of pairings pairing-service did not list
        }
    }
}
