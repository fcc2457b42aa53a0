package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Names sort in pinyin order where the database has ICU's Chinese collation ({@code zh-x-icu}); otherwise in the
 * database's default order. Looked up once.
 */
@ApplicationScoped
public class Collations {

    static final String PINYIN = "zh-x-icu";

    private final EntityManager entityManager;
    private volatile Boolean pinyin;

    Collations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The SQL expression that orders by name. */
    String nameOrder() {
        if (pinyin == null) {
            pinyin = ((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM pg_collation WHERE collname = '" + PINYIN + "'").getSingleResult()).longValue() > 0;
        }
        return pinyin ? "o.name COLLATE \"" + PINYIN + "\"" : "o.name";
    }
}
