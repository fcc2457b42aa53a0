package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reading pairings, scoped to what the caller may see. */
@ApplicationScoped
public class PairingQueries {

    public static final Set<String> SORTABLE = Set.of("createdAt", "title", "status", "termStart", "plaqueNo");

    private final PairingAccess access;
    private final MemberNames names;

    PairingQueries(PairingAccess access, MemberNames names) {
        this.access = access;
        this.names = names;
    }

    @WithSpan
    public PairingView read(UUID id) {
        return names.view(access.readable(id));
    }

    /** Filters: status, type, member organization and title text; secretaries and liaisons see their pairings only. */
    @WithSpan
    public Page<PairingView> list(String requestedDistrict, PairingStatus status, PairingType type, UUID organizationId,
            String text, PageQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where.add("p.district = :district");
        parameters.put("district", access.districtToRead(requestedDistrict));
        if (access.isOrganizationUser()) {
            UUID own = access.caller().organization()
                    .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-organization")));
            where.add("(p.leadId = :own or array_contains(p.partnerIds, :own))");
            parameters.put("own", own);
        }
        if (status != null) {
            where.add("p.status = :status");
            parameters.put("status", status);
        }
        if (type != null) {
            where.add("p.type = :type");
            parameters.put("type", type);
        }
        if (organizationId != null) {
            where.add("(p.leadId = :member or array_contains(p.partnerIds, :member))");
            parameters.put("member", organizationId);
        }
        if (text != null && !text.isBlank()) {
            where.add("p.title ilike :text");
            parameters.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = " order by p." + query.sortField() + (query.ascending() ? " asc" : " desc") + ", p.id";
        PanacheQuery<Pairing> found = Pairing.find("from Pairing p where " + String.join(" and ", where) + order,
                parameters);
        return names.views(Page.of(found.page(query.page(), query.size()).list(), query, found.count()));
    }
}
