package org.gongjian.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Waits for this service's projections to learn what a test published. */
@ApplicationScoped
public class Projections {

    private final EntityManager entityManager;

    Projections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void awaitOrganizations(Collection<UUID> ids) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "SELECT count(*) FROM organization WHERE id IN (:ids)", ids) == ids.size());
    }

    public void awaitPairing(UUID id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "SELECT count(*) FROM pairing WHERE id IN (:ids)", java.util.List.of(id)) == 1);
    }

    public long count(String sql, Collection<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("ids", ids).getSingleResult()).longValue());
    }

    public long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    /** The one value a query of one row answers (a column of text, a time, a key). */
    public String text(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()));
    }

    /** Changes rows as an operator or an old deployment would have left them. */
    public int update(String sql, java.util.Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
