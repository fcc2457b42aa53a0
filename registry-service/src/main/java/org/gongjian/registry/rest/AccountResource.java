package org.gongjian.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.registry.service.AccountInvitation;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Problem;
import org.gongjian.rest.Role;

import java.util.UUID;

@Path("/api/organizations/{id}/accounts")
@Tag(name = "Accounts", description = "Sign-in accounts for the people of the register, made in Keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountInvitation invitation;
    private final Caller caller;

    AccountResource(AccountInvitation invitation, Caller caller) {
        this.invitation = invitation;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Invite a person of the register",
            description = "The secretary (as branch-secretary) or a contact (as enterprise-contact) gets a Keycloak account bound to "
                    + "the district and organization; Keycloak e-mails the invitation to set a password and confirm the address. "
                    + "201 when the account was made, 200 when the person already had one (an invited person gets a fresh e-mail). "
                    + "Gongjian never sees a password")
    @APIResponse(responseCode = "503", description = "Keycloak could not be reached: no account was made",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@PathParam("id") UUID id, AccountRequest request) {
        AccountInvitation.Invited invited = invitation.invite(caller, id, request == null ? null : request.person());
        return Response.status(invited.created() ? 201 : 200).entity(OrganizationMapper.response(invited.account())).build();
    }
}
