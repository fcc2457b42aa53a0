package org.gongjian.pairing.rest;

import org.gongjian.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.service.DemandQueries;
import org.gongjian.pairing.service.DemandService;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.util.UUID;

@Path("/api/demands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demands")
public class DemandResource {

    private final DemandService demands;
    private final DemandQueries queries;

    DemandResource(DemandService demands, DemandQueries queries) {
        this.demands = demands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "List demands", description = "The district's, or for secretaries and liaisons those of "
            + "their pairings; overdue=true lists unanswered demands past their due date.")
    public Page<DemandResponse> list(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
            @QueryParam("district") String district, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, DemandQueries.SORTABLE, "dueOn,asc");
        return queries.list(district, QueryParams.enumeration("status", status, DemandStatus.class), overdue, query)
                .map(DemandMapper::response);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "Read a demand with its history")
    public DemandResponse read(@PathParam("id") UUID id) {
        return DemandMapper.response(demands.read(id));
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Accept an open demand (lead side or committee)")
    public DemandResponse accept(@PathParam("id") UUID id, @Valid DemandAnswers.Acceptance request) {
        return DemandMapper.response(demands.accept(id, request == null ? null : request.note()));
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Resolve a demand, saying how (lead side or committee)")
    public DemandResponse resolve(@PathParam("id") UUID id, @NotNull @Valid DemandAnswers.Resolution request) {
        return DemandMapper.response(demands.resolve(id, request.resolution()));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Reject a demand, saying why (lead side or committee)")
    public DemandResponse reject(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return DemandMapper.response(demands.reject(id, request.reason()));
    }
}
