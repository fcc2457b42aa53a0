package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityDataTest {

    @Test
    void theActivitiesAreStatsBenchmarksSqlWithTheCallersDistrictFirstAndTheLastTwoYears() throws Exception {
        List<String> statements = BenchSql.statements(ActivityData.SQL, ActivityData.values(10, 100, 200_000));
        assertThat(statements).hasSize(5);
        assertThat(statements.get(0)).contains("WHEN g % 10 = 0 THEN 'xiangtan-htz' ELSE 'bench-' || (g % 10) END",
                "generate_series(0, 1000 - 1)", "(now() - interval '800 days')::date");
        assertThat(statements.get(1)).contains("md5('p' || (g % 1000))",
                "date_trunc('day', now()) - interval '730 days' + interval '1 hour'", "generate_series(0, 200000 - 1)");
        assertThat(String.join("\n", statements)).doesNotContain("${");
    }
}
