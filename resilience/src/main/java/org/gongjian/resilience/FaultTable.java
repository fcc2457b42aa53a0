package org.gongjian.resilience;

import java.util.ArrayList;
import java.util.List;

/** The faults' rows as a Markdown table (the suite prints it; the README keeps the full run's). */
public final class FaultTable {

    private static final List<String> HEADER = List.of("fault", "requests", "errors by status", "events published",
            "consumed", "duplicates", "lost", "time to recover", "latency", "verdict");

    private FaultTable() {
    }

    public static String render(List<FaultRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (FaultRow r : rows) {
            cells.add(List.of(r.fault(), Long.toString(r.requests()), r.errors(), Long.toString(r.published()),
                    Long.toString(r.consumed()), Long.toString(r.duplicates()), Long.toString(r.lost()),
                    r.timeToRecover() == null ? "not quiet" : "%.1f s".formatted(r.timeToRecover().toMillis() / 1000.0),
                    r.latencies().toString(), r.passed() ? "ok" : "FAILED: " + String.join("; ", r.problems())));
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        List<String> rule = new ArrayList<>();
        HEADER.forEach(h -> rule.add("---"));
        line(out, rule);
        cells.forEach(c -> line(out, c));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ");
        for (int i = 0; i < cells.size(); i++) {
            out.append(cells.get(i).replace("|", "\\|"));
            out.append(i + 1 < cells.size() ? " | " : " |\n");
        }
    }
}
