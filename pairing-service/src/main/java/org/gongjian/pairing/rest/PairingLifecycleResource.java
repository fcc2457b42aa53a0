package org.gongjian.pairing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.pairing.service.PairingLifecycle;
import org.gongjian.pairing.service.PairingView;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.util.UUID;

/** The committee's lifecycle decisions; each checks the pairing's state (409 otherwise). */
@Path("/api/pairings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DISTRICT_ADMIN)
@Tag(name = "Pairing lifecycle", description = "Approval, rejection, suspension, resumption, conclusion")
public class PairingLifecycleResource {

    private final PairingLifecycle lifecycle;

    PairingLifecycleResource(PairingLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("approval")
    @Operation(summary = "Approve a proposed pairing", description = "It becomes ACTIVE and gets a plaque number.")
    public Response approve(@PathParam("id") UUID id) {
        PairingView pairing = lifecycle.approve(id);
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }

    @POST
    @Path("rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a proposed pairing, with a reason")
    public Response reject(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        PairingView pairing = lifecycle.reject(id, request.reason().strip());
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }

    @POST
    @Path("suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend an active pairing, with a reason")
    public Response suspend(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        PairingView pairing = lifecycle.suspend(id, request.reason().strip());
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }

    @POST
    @Path("resumption")
    @Operation(summary = "Resume a suspended pairing")
    public Response resume(@PathParam("id") UUID id) {
        PairingView pairing = lifecycle.resume(id);
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }

    @POST
    @Path("conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude an active or suspended pairing, with a reason")
    public Response conclude(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        PairingView pairing = lifecycle.conclude(id, request.reason().strip());
        return Versions.withEtag(Response.ok(), PairingMapper.response(pairing), pairing.pairing().version());
    }
}
