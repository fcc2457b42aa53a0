package org.gongjian.bench;

import java.util.Map;

/**
 * Activities for the overview and cadence measures, written straight into activity-service's tables with
 * {@code generate_series}, by the SQL activity-service's {@code bench/StatsBenchmark} loads ({@value #SQL}, a test
 * resource of activity-service: see the pom): activity-service's own projection of the pairings
 * ({@code pairing_view}), the activities over the last two years, their attendance and the daily aggregate the overview
 * reads, all by the same path. District 0 is the caller's ({@code xiangtan-htz}); the others are {@code bench-N}. The
 * other services do not learn of these rows.
 */
final class ActivityData {

    static final String SQL = "/bench/stats-activities.sql";

    private ActivityData() {
    }

    static Map<String, Object> values(int districts, int pairingsPerDistrict, int activities) {
        return Map.of("districts", districts, "home", RegistryData.HOME_DISTRICT,
                "pairings", districts * pairingsPerDistrict, "activities", activities,
                "first_day", "date_trunc('day', now()) - interval '730 days'",
                "term_start", "(now() - interval '800 days')::date");
    }

    static void load(String jdbcUrl, String user, String password, int districts, int pairingsPerDistrict, int activities)
            throws Exception {
        BenchSql.run(jdbcUrl, user, password, SQL, values(districts, pairingsPerDistrict, activities));
    }
}
