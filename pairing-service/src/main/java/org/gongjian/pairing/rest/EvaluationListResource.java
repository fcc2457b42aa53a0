package org.gongjian.pairing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.pairing.service.EvaluationQueries;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;

/** Evaluations across pairings: the committee's drafts and final ones, a secretary's that wait for its rating. */
@Path("/api/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationListResource {

    private final EvaluationQueries queries;

    EvaluationListResource(EvaluationQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("evaluations")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "List evaluations", description = "The district's, or for secretaries and liaisons those of "
            + "their pairings; status=DRAFT|FINAL, year= (period ends in it), awaitingMine=true: drafts your "
            + "organization has not rated yet.")
    public Page<EvaluationResponse> list(@QueryParam("status") String status, @QueryParam("year") Integer year,
            @QueryParam("awaitingMine") boolean awaitingMine, @QueryParam("district") String district,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort,
            @Context HttpHeaders headers) {
        if (year != null && !Bounds.yearInRange(year)) {
            throw ProblemException.invalid("year", ProblemTitles.field("between", Bounds.MIN_YEAR, Bounds.MAX_YEAR));
        }
        PageQuery query = PageQuery.of(page, size, sort, EvaluationQueries.SORTABLE, "openedAt,desc");
        return queries.list(district, status, awaitingMine, year, query)
                .map(evaluation -> EvaluationMapper.response(evaluation, Languages.of(headers)));
    }
}
