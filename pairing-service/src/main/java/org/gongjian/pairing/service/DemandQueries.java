package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.domain.Demand;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Lists of demands: a pairing's, and the district's (or an organization's pairings') with status and overdue filters. */
@ApplicationScoped
public class DemandQueries {

    public static final Set<String> SORTABLE = Set.of("raisedAt", "dueOn", "status", "title");

    private final PairingAccess access;
    private final Clock clock;

    DemandQueries(PairingAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @WithSpan
    public Page<DemandView> ofPairing(UUID pairingId, DemandStatus status, PageQuery query) {
        access.readable(pairingId);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pairingId", pairingId);
        String where = "d.pairingId = :pairingId";
        if (status != null) {
            where += " and d.status = :status";
            parameters.put("status", status);
        }
        return page(where, parameters, query);
    }

    @WithSpan
    public Page<DemandView> list(String requestedDistrict, DemandStatus status, boolean overdue, PageQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where.add("d.district = :district");
        parameters.put("district", access.districtToRead(requestedDistrict));
        if (access.isOrganizationUser()) {
            UUID own = access.caller().organization()
                    .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-organization")));
            where.add("d.pairingId in (select p.id from Pairing p where p.leadId = :own or array_contains(p.partnerIds, :own))");
            parameters.put("own", own);
        }
        if (status != null) {
            where.add("d.status = :status");
            parameters.put("status", status);
        }
        if (overdue) {
            where.add("d.status in :unanswered and d.dueOn < :today");
            parameters.put("unanswered", List.of(DemandStatus.OPEN, DemandStatus.ACCEPTED));
            parameters.put("today", LocalDate.now(clock));
        }
        return page(String.join(" and ", where), parameters, query);
    }

    private Page<DemandView> page(String where, Map<String, Object> parameters, PageQuery query) {
        PanacheQuery<Demand> found = Demand.find("from Demand d where " + where + " order by d." + query.sortField()
                + (query.ascending() ? " asc" : " desc") + ", d.id", parameters);
        LocalDate today = LocalDate.now(clock);
        return Page.of(found.page(query.page(), query.size()).list(), query, found.count())
                .map(demand -> DemandView.of(demand, today));
    }
}
