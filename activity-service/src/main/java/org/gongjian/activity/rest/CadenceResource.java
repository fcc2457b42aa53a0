package org.gongjian.activity.rest;

import org.gongjian.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.CadenceQueries;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

@Path("/api/cadence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cadence", description = "Whether pairings hold as many activities as they agreed")
public class CadenceResource {

    private final CadenceQueries queries;

    CadenceResource(CadenceQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "Compliance per pairing and period",
            description = "period is a month (2025-06) or quarter (2025-Q2), default the current one; without pairingId, "
                    + "every active pairing in scope. Compliant when kept >= required: kept activities are held and confirmed by "
                    + "the partner side (or a dispute of them dismissed); held activities awaiting confirmation (some of them "
                    + "disputed) are reported beside. confirmed equals kept.")
    public Page<CadenceResponse> compliance(@QueryParam("pairingId") String pairingId, @QueryParam("period") String period,
            @QueryParam("district") String district, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageQuery query = PageQuery.of(page, size, null, Set.of("title"), "title");
        return queries.compliance(QueryParams.uuid("pairingId", pairingId), period, district, query)
                .map(ActivityMapper::cadence);
    }

    /**
     * {@code periodEnd} is exclusive; {@code status} is judged on {@code kept}; {@code held = kept + awaitingConfirmation};
     * {@code confirmed} is {@code kept} under its first name.
     */
    public record CadenceResponse(UUID pairingId, String period, LocalDate periodStart, LocalDate periodEnd, int required,
            int kept, int awaitingConfirmation, int disputed, int held, int confirmed,
            @Schema(enumeration = {"OK", "IN_PROGRESS", "AT_RISK", "MISSED"}) String status) {
    }
}
