package org.gongjian.pairing.rest;

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
import org.gongjian.pairing.service.LaunchView;
import org.gongjian.pairing.service.LaunchService;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

@Path("/api/launches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Launches", description = "启动仪式 — activate many proposed pairings at once")
public class LaunchResource {

    private final LaunchService launches;

    LaunchResource(LaunchService launches) {
        this.launches = launches;
    }

    @POST
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Hold a launch", description = "Every listed pairing must be PROPOSED and in your district; "
            + "all are activated (each with its plaque number) or none.")
    public Response hold(@NotNull @Valid LaunchRequest request) {
        LaunchView launch = launches.hold(request.title(), request.heldOn(), request.pairingIds());
        return Response.created(URI.create("/api/launches/" + launch.launch().id()))
                .entity(LaunchMapper.response(launch)).build();
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "List launches")
    public Page<LaunchResponse> list(@QueryParam("district") String district, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, Set.of("heldOn", "title", "createdAt"), "heldOn,desc");
        return launches.list(district, query).map(LaunchMapper::response);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "Read a launch")
    public LaunchResponse read(@PathParam("id") UUID id) {
        return LaunchMapper.response(launches.read(id));
    }
}
