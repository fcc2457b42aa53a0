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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.service.DemandView;
import org.gongjian.pairing.service.DemandQueries;
import org.gongjian.pairing.service.DemandService;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.net.URI;
import java.util.UUID;

@Path("/api/pairings/{pairingId}/demands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demands", description = "诉求 — raised by the partner side, answered by the lead side")
public class PairingDemandResource {

    private final DemandService demands;
    private final DemandQueries queries;

    PairingDemandResource(DemandService demands, DemandQueries queries) {
        this.demands = demands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
    @Operation(summary = "Raise a demand", description = "By a partner organization's secretary or liaison, inside "
            + "an active pairing; due in 15 days unless dueOn says otherwise.")
    public Response raise(@PathParam("pairingId") UUID pairingId, @NotNull @Valid DemandRequest request) {
        DemandView demand = demands.raise(pairingId, request.category(), request.title(), request.detail(),
                request.dueOn());
        return Response.created(URI.create("/api/demands/" + demand.demand().id()))
                .entity(DemandMapper.response(demand)).build();
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "List a pairing's demands")
    public Page<DemandResponse> list(@PathParam("pairingId") UUID pairingId, @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, DemandQueries.SORTABLE, "raisedAt,desc");
        return queries.ofPairing(pairingId, QueryParams.enumeration("status", status, DemandStatus.class), query)
                .map(DemandMapper::response);
    }
}
