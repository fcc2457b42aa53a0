package org.gongjian.registry.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's close names found in one pass are those the trigram index finds name by name, in the same order. */
@QuarkusTest
class CloseNamesTest {

    @Inject
    CloseNames closeNames;
    @Inject
    Duplicates duplicates;
    @Inject
    DataSource dataSource;

    @Test
    void theSameAsPgTrgmNameByName() throws SQLException {
        String district = "close-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO organization (id, district, name, kind, sector, host_unit_name, contacts, members_full,
                    members_probationary, honours, status, created_at, updated_at, version)
                SELECT gen_random_uuid(), ?, n.name, 'BRANCH', 'ORGAN', '单位', '[]'::jsonb, 1, 0, '[]'::jsonb,
                       CASE WHEN g % 17 = 0 THEN 'DISSOLVED' ELSE 'ACTIVE' END, now() - g * interval '1 minute', now(), 1
                FROM generate_series(1, 3000) g,
                LATERAL (SELECT (ARRAY['湘潭','长沙','株洲','Xiangtan ','高新区','岳塘'])[1 + g % 6]
                    || (ARRAY['科技','电子','机械','Hi-Tech','新能源','医药','物流'])[1 + (g / 6) % 7]
                    || (CASE WHEN g % 3 = 0 THEN g::text ELSE '' END)
                    || (ARRAY['有限公司党支部','股份有限公司党委','党总支','（集团）党委',' Co., Ltd. 党支部'])[1 + (g / 42) % 5]
                    AS name) n""")) {
            insert.setString(1, district);
            insert.executeUpdate();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            names.add(List.of("湘潭", "长沙", "株洲", "Xiangtan ", "高新", "岳塘区").get(i % 6)
                    + List.of("科技", "电子", "机械", "Hi-Tech", "新能源", "医疗").get((i / 6) % 6)
                    + (i % 4 == 0 ? Integer.toString(i * 3) : "")
                    + List.of("有限公司党支部", "股份有限公司党委", "党总支", "（集团）党委", " Co., Ltd. 党支部").get((i / 36) % 5));
        }
        names.add("党");
        names.add("——");

        Map<String, List<Duplicates.SimilarName>> byIndex = QuarkusTransaction.requiringNew()
                .call(() -> duplicates.similarNames(district, names, null));
        Map<String, List<Duplicates.SimilarName>> inOnePass = QuarkusTransaction.requiringNew()
                .call(() -> closeNames.of(district, names));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM organization WHERE district = ?")) {
            delete.setString(1, district);
            delete.executeUpdate();
        }
        assertThat(byIndex).isNotEmpty();
        assertThat(inOnePass).isEqualTo(byIndex);
    }
}
