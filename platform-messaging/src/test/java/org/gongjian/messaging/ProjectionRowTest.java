package org.gongjian.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

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
