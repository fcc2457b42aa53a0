package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plaque numbers ("Party building and co-construction unit"), e.g. {@code XIANGTAN-HTZ-2025-001}: the district
 * code upper-cased, the year and a sequence unique per district and year. The counter row is incremented by one
 * upsert, which holds the row lock until the transaction ends, so concurrent approvals queue on it and never
 * share a number; {@code pairing_plaque_unique} guards the result.
 */
@ApplicationScoped
public class PlaqueNumbers {

    private final EntityManager entityManager;

    PlaqueNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String district, int year) {
        return next(district, year, 1).getFirst();
    }

    /** {@code count} numbers in a row, taken with one upsert (a launch numbers all its pairings at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> next(String district, int year, int count) {
        Number last = (Number) entityManager.createNativeQuery("""
                INSERT INTO plaque_counter (district, year, last_no) VALUES (:district, :year, :count)
                ON CONFLICT (district, year) DO UPDATE SET last_no = plaque_counter.last_no + :count
                RETURNING last_no""")
                .setParameter("district", district)
                .setParameter("year", year)
                .setParameter("count", count)
                .getSingleResult();
        return numbers(district, year, last.intValue(), count);
    }

    /** The {@code count} numbers of a district and year that end with sequence {@code last}. */
    static List<String> numbers(String district, int year, int last, int count) {
        String prefix = district.toUpperCase(Locale.ROOT);
        List<String> numbers = new ArrayList<>(count);
        for (int sequence = last - count + 1; sequence <= last; sequence++) {
            numbers.add("%s-%d-%03d".formatted(prefix, year, sequence));
        }
        return numbers;
    }
}
