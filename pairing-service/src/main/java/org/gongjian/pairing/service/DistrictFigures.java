package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.events.pairing.PairingStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The committee's overview of a district: coverage of "two new" organizations and the ranking of evaluations. */
@ApplicationScoped
public class DistrictFigures {

    public record Unpaired(UUID id, String name, String sector) {
    }

    public record Organ(UUID id, String name, long partners) {
    }

    public record Coverage(String district, long twoNewTotal, long twoNewPaired, double rate, List<Unpaired> unpaired,
            List<Organ> organs, Map<String, Long> pairingsByStatus) {
    }

    public record Ranked(int rank, UUID pairingId, String title, String plaqueNo, double score, String rating,
            UUID evaluationId, java.time.LocalDate periodStart, java.time.LocalDate periodEnd) {
    }

    public record Ranking(String district, int year, List<Ranked> items) {
    }

    private static final String ACTIVE_MEMBERS = """
            SELECT p.lead_id AS organization_id FROM pairing p WHERE p.district = :district AND p.status = 'ACTIVE'
            UNION SELECT unnest(p.partner_ids) FROM pairing p
            WHERE p.district = :district AND p.status = 'ACTIVE'""";

    private final EntityManager entityManager;
    private final PairingAccess access;

    DistrictFigures(EntityManager entityManager, PairingAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** "Two new" = NON_PUBLIC_ENTERPRISE + SOCIAL_ORGANIZATION, active only; paired = in at least one ACTIVE pairing. */
    @SuppressWarnings("unchecked")
    @WithSpan
    public Coverage coverage(String requestedDistrict) {
        String district = access.districtToRead(requestedDistrict);
        List<Object[]> twoNew = entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.sector, o.id IN (""" + ACTIVE_MEMBERS + """
                ) AS paired FROM organization o
                WHERE o.district = :district AND o.status = 'ACTIVE'
                  AND o.sector IN ('NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANIZATION')
                ORDER BY o.name, o.id""").setParameter("district", district).getResultList();
        long paired = twoNew.stream().filter(row -> Boolean.TRUE.equals(row[3])).count();
        List<Unpaired> unpaired = twoNew.stream().filter(row -> !Boolean.TRUE.equals(row[3]))
                .map(row -> new Unpaired((UUID) row[0], (String) row[1], (String) row[2])).toList();
        List<Organ> organs = ((List<Object[]>) entityManager.createNativeQuery("""
                SELECT o.id, o.name, (SELECT count(DISTINCT partner) FROM pairing p, unnest(p.partner_ids) AS partner
                        WHERE p.lead_id = o.id AND p.status = 'ACTIVE') AS partners
                FROM organization o WHERE o.district = :district AND o.status = 'ACTIVE' AND o.sector = 'ORGAN'
                ORDER BY o.name, o.id""").setParameter("district", district).getResultList()).stream()
                .map(row -> new Organ((UUID) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(PairingStatus.values()).forEach(status -> byStatus.put(status.name(), 0L));
        ((List<Object[]>) entityManager.createNativeQuery(
                "SELECT status, count(*) FROM pairing WHERE district = :district GROUP BY status")
                .setParameter("district", district).getResultList())
                .forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
        double rate = twoNew.isEmpty() ? 0 : (double) paired / twoNew.size();
        return new Coverage(district, twoNew.size(), paired, rate, unpaired, organs, byStatus);
    }

    /** Each pairing's latest final evaluation whose period ends in {@code year}, best first; drafts never rank. */
    @SuppressWarnings("unchecked")
    @WithSpan
    public Ranking ranking(String requestedDistrict, int year) {
        String district = access.districtToRead(requestedDistrict);
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT ON (e.pairing_id) e.pairing_id, p.title, p.plaque_no, e.score, e.rating, e.id,
                       e.period_start, e.period_end
                FROM evaluation e JOIN pairing p ON p.id = e.pairing_id
                WHERE e.district = :district AND e.status = 'FINAL' AND e.period_end >= make_date(:year, 1, 1)
                  AND e.period_end < make_date(:year + 1, 1, 1)
                ORDER BY e.pairing_id, e.evaluated_at DESC""")
                .setParameter("district", district).setParameter("year", year).getResultList();
        List<Object[]> sorted = rows.stream()
                .sorted((a, b) -> Double.compare(((Number) b[3]).doubleValue(), ((Number) a[3]).doubleValue()))
                .toList();
        return new Ranking(district, year, java.util.stream.IntStream.range(0, sorted.size()).mapToObj(i -> {
            Object[] row = sorted.get(i);
            return new Ranked(i + 1, (UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).doubleValue(),
                    (String) row[4], (UUID) row[5], toDate(row[6]), toDate(row[7]));
        }).toList());
    }

    private static java.time.LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }
}
