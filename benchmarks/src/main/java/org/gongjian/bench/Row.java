package org.gongjian.bench;

/** One line of the results table; {@code null} figures print as a dash. */
record Row(String measure, String load, Double throughput, Double p50, Double p95, Double p99, String limit, String ratio,
           String note) {

    static Row of(String measure, LoadGenerator.Result r, String note) {
        String errors = r.errors() > 0 ? " (" + r.errors() + " errors: " + abbreviate(r.firstError()) + ")" : "";
        if (r.latency().count() == 0) {
            return new Row(measure, r.connections() + " conn", 0.0, null, null, null, null, null, "no request answered in time" + errors);
        }
        return new Row(measure, r.connections() + " conn", r.throughput(), r.latency().millis(50), r.latency().millis(95),
                r.latency().millis(99), null, null, note + errors);
    }

    static Row notRun(String measure, String why) {
        return new Row(measure, "-", null, null, null, null, null, null, "NOT RUN: " + why);
    }

    Row withLimit(String limit, double ratio) {
        return new Row(measure, load, throughput, p50, p95, p99, limit, String.format(ratio < 0.1 ? "%.4f" : "%.2f", ratio), note);
    }

    Row withNote(String extra) {
        return new Row(measure, load, throughput, p50, p95, p99, limit, ratio, note.isEmpty() ? extra : note + "; " + extra);
    }

    String markdown() {
        return "| " + String.join(" | ", measure, load, fmt(throughput, "%,.0f"), fmt(p50, "%.1f"), fmt(p95, "%.1f"),
                fmt(p99, "%.1f"), limit == null ? "-" : limit, ratio == null ? "-" : ratio, note.replace("|", "/")) + " |";
    }

    static String header() {
        return "| measure | load | per s | p50 ms | p95 ms | p99 ms | limit (same run) | ratio | note |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | --- |";
    }

    private static String fmt(Double v, String format) {
        return v == null ? "-" : String.format(format, v);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        s = s.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
