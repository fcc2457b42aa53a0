package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.QueryParams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluations across pairings: the committee's drafts to finalize, a secretary's drafts that wait for its rating.
 */
@ApplicationScoped
public class EvaluationQueries {

    public static final Set<String> SORTABLE = Set.of("openedAt", "periodEnd", "score", "evaluatedAt");

    private final PairingAccess access;

    EvaluationQueries(PairingAccess access) {
        this.access = access;
    }

    /**
     * @param statusParameter {@code DRAFT} or {@code FINAL} as the query gave it (400 naming {@code status} otherwise)
     * @param awaitingMine only drafts the caller's organization has not rated yet (secretaries)
     * @param year         only those whose period ends in this year
     */
    @WithSpan
    public Page<EvaluationView> list(String requestedDistrict, String statusParameter, boolean awaitingMine,
            Integer year, PageQuery query) {
        Evaluation.Status status = QueryParams.enumeration("status", statusParameter, Evaluation.Status.class);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where.add("e.district = :district");
        parameters.put("district", access.districtToRead(requestedDistrict));
        if (access.isOrganizationUser()) {
            UUID own = access.caller().organization()
                    .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-organization")));
            where.add("e.pairingId in (select p.id from Pairing p where p.leadId = :own or array_contains(p.partnerIds, :own))");
            parameters.put("own", own);
            if (awaitingMine) {
                where.add("e.status = :draft and not exists (select 1 from Evaluation r join r.sideRatings s "
                        + "where r.id = e.id and s.organizationId = :own)");
                parameters.put("draft", Evaluation.Status.DRAFT);
            }
        }
        if (status != null) {
            where.add("e.status = :status");
            parameters.put("status", status);
        }
        if (year != null) {
            where.add("year(e.periodEnd) = :year");
            parameters.put("year", year);
        }
        PanacheQuery<Evaluation> found = Evaluation.find("from Evaluation e where " + String.join(" and ", where)
                + " order by e." + query.sortField() + (query.ascending() ? " asc" : " desc") + ", e.id", parameters);
        List<Evaluation> items = found.page(query.page(), query.size()).list();
        Map<UUID, String> titles = titles(items);
        return Page.of(items, query, found.count())
                .map(evaluation -> EvaluationView.of(evaluation, titles.get(evaluation.pairingId)));
    }

    /** Titles of the pairings evaluations belong to, for lists. */
    private static Map<UUID, String> titles(List<Evaluation> evaluations) {
        Map<UUID, String> titles = new HashMap<>();
        List<UUID> ids = evaluations.stream().map(e -> e.pairingId).distinct().toList();
        if (!ids.isEmpty()) {
            Pairing.<Pairing>list("id in ?1", ids)
                    .forEach(p -> titles.put(p.id, p.title));
        }
        return titles;
    }
}
