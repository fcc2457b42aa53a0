package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerDataTest {

    @Test
    void activityServicesShareIsItsBenchmarksSqlFilledInForTheSlice() throws Exception {
        List<String> statements = BenchSql.statements(LedgerData.ACTIVITY_SQL,
                new LedgerData.Slice("xiangtan-htz", 500, 5_000, 20_000, 200_000).values());
        assertThat(statements).extracting(statement -> statement.strip().lines()
                        .filter(line -> !line.startsWith("--")).findFirst().orElseThrow())
                .containsExactly(
                        "INSERT INTO organization_view (id, district, name, sector, status, version)",
                        "INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,",
                        "INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,",
                        "INSERT INTO activity_attendance (activity_id, organization_id, full_members, probationary, others)",
                        "INSERT INTO activity_photo (id, activity_id, content_type, size_bytes, file_name, uploaded_by, uploaded_at)",
                        "VACUUM ANALYZE");
        assertThat(String.join("\n", statements)).doesNotContain("${")
                .contains("'xiangtan-htz'", "generate_series(500, 4999)", "500 + g % 4500", "generate_series(20000, 199999)");
    }
}
