package org.gongjian.pairing.rest;

import org.gongjian.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.service.PairingView;
import org.gongjian.pairing.service.PairingCommands;
import org.gongjian.pairing.service.PairingQueries;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.net.URI;
import java.util.UUID;

@Path("/api/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pairings", description = "结对共建 — pairings, alliances and their agreements")
public class PairingResource {

    private final PairingCommands commands;
    private final PairingQueries queries;

    PairingResource(PairingCommands commands, PairingQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "List pairings", description = "Filters: status, type, organizationId (a member), q (title). "
            + "Secretaries and liaisons see the pairings their organization is in.")
    public Page<PairingResponse> list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("organizationId") String organizationId, @QueryParam("q") String text,
            @QueryParam("district") String district, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, PairingQueries.SORTABLE, "createdAt,desc");
        return queries.list(district, QueryParams.enumeration("status", status, PairingStatus.class),
                QueryParams.enumeration("type", type, PairingType.class), QueryParams.uuid("organizationId", organizationId),
                text, query).map(PairingMapper::response);
    }

    @POST
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Propose a pairing", description = "The committee, or the lead side's branch secretary; "
            + "it waits in PROPOSED for approval.")
    public Response propose(@NotNull @Valid PairingRequest request) {
        PairingView pairing = commands.propose(request.toDraft());
        return Versions.withEtag(Response.created(URI.create("/api/pairings/" + pairing.pairing().id())),
                PairingMapper.response(pairing), pairing.pairing().version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "Read a pairing", description = "With its members' names and sectors (members: the lead first)")
    public Response read(@PathParam("id") UUID id) {
        PairingView pairing = queries.read(id);
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Edit a proposed pairing", description = "Requires If-Match with the ETag of the last read.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PairingRequest request) {
        PairingView pairing = commands.update(id, ifMatch, request.toDraft());
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }
}
