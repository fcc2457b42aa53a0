package org.gongjian.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProjectionRowTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aNewerVersionReplacesTheRowAndAnOlderOneChangesNothing() {
        UUID id = UUID.randomUUID();
        UUID reader = UUID.randomUUID();

        assertThat(write(id, "第二版", List.of(reader), 2)).isTrue();
        assertThat(write(id, "第一版", List.of(), 1)).isFalse();
        assertThat(write(id, "又是第二版", List.of(), 2)).isFalse();
        assertThat(read(id)).isEqualTo("第二版|" + reader + "|2");

        assertThat(write(id, "第三版", List.of(), 3)).isTrue();
        assertThat(read(id)).isEqualTo("第三版||3");
    }

    @Test
    void aColumnSetOnceKeepsItsFirstValueWhateverNewerVersionsSay() {
        UUID id = UUID.randomUUID();
        OffsetDateTime first = OffsetDateTime.parse("2026-05-30T08:00:00Z");

        assertThat(writeSeen(id, "未见", null, 1)).isTrue();
        assertThat(readSeen(id)).isEqualTo("未见|-|1");
        assertThat(writeSeen(id, "初见", first, 2)).isTrue();
        assertThat(writeSeen(id, "再见", first.plusDays(1), 3)).isTrue();
        assertThat(writeSeen(id, "不见", null, 4)).isTrue();
        assertThat(readSeen(id)).isEqualTo("不见|" + first.toInstant() + "|4");
        // an older version sets nothing, not even a column still unset
        UUID other = UUID.randomUUID();
        assertThat(writeSeen(other, "第二版", null, 2)).isTrue();
        assertThat(writeSeen(other, "第一版", first, 1)).isFalse();
        assertThat(readSeen(other)).isEqualTo("第二版|-|2");
    }

    private boolean writeSeen(UUID id, String text, OffsetDateTime seen, long version) {
        return QuarkusTransaction.requiringNew().call(() -> ProjectionRow.into("note_view").key("id", id)
                .set("text", text)
                .setIds("reader_ids", List.of())
                .setOnce("first_seen", seen)
                .upsert(entityManager, version));
    }

    private String readSeen(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "SELECT text, first_seen, version FROM note_view WHERE id = :id")
                    .setParameter("id", id).getSingleResult();
            Object seen = row[1];
            String instant = seen == null ? "-" : seen instanceof java.time.Instant i ? i.toString()
                    : seen instanceof OffsetDateTime o ? o.toInstant().toString()
                    : ((java.sql.Timestamp) seen).toInstant().toString();
            return row[0] + "|" + instant + "|" + row[2];
        });
    }

    private boolean write(UUID id, String text, List<UUID> readers, long version) {
        return QuarkusTransaction.requiringNew().call(() -> ProjectionRow.into("note_view").key("id", id)
                .set("text", text)
                .setIds("reader_ids", readers)
                .upsert(entityManager, version));
    }

    private String read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT text || '|' || array_to_string(reader_ids, ',') || '|' || version FROM note_view WHERE id = :id")
                .setParameter("id", id).getSingleResult());
    }
}
