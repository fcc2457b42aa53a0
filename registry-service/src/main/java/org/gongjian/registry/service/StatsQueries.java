package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Caller;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts of a district's register for dashboards. */
@ApplicationScoped
public class StatsQueries {

    private static final Set<Sector> TWO_NEW = Set.of(Sector.NON_PUBLIC_ENTERPRISE, Sector.SOCIAL_ORGANIZATION);

    private final EntityManager entityManager;

    StatsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    @WithSpan
    public DistrictStats of(Caller caller, String requestedDistrict) {
        String district = Scope.district(caller, requestedDistrict, true).orElseThrow();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT sector, kind, status, count(*) FROM organization WHERE district = :district
                GROUP BY sector, kind, status""")
                .setParameter("district", district)
                .getResultList();
        Map<Sector, Long> bySector = zeros(Sector.class);
        Map<OrganizationKind, Long> byKind = zeros(OrganizationKind.class);
        Map<OrganizationStatus, Long> byStatus = zeros(OrganizationStatus.class);
        long total = 0;
        long twoNew = 0;
        for (Object[] row : rows) {
            Sector sector = Sector.valueOf((String) row[0]);
            OrganizationKind kind = OrganizationKind.valueOf((String) row[1]);
            OrganizationStatus status = OrganizationStatus.valueOf((String) row[2]);
            long count = ((Number) row[3]).longValue();
            byStatus.merge(status, count, Long::sum);
            if (status == OrganizationStatus.ACTIVE) {
                total += count;
                bySector.merge(sector, count, Long::sum);
                byKind.merge(kind, count, Long::sum);
                if (TWO_NEW.contains(sector)) {
                    twoNew += count;
                }
            }
        }
        return new DistrictStats(district, total, bySector, byKind, byStatus, twoNew);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
