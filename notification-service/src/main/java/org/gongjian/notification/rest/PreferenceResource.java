package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.PreferenceService;
import org.gongjian.notification.service.PreferenceView;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

@Path("/api/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "The caller's channels and language; the inbox is always on")
@RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
public class PreferenceResource {

    private final PreferenceService preferences;

    PreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    public record PreferenceRequest(@NotNull Boolean email, @NotNull Boolean webhook,
            @NotNull @Pattern(regexp = "zh-CN|en", message = "{notification-texts:preference.language}") String language) {
    }

    public record PreferenceResponse(boolean inbox, boolean email, boolean webhook, String language) {
    }

    @GET
    @Operation(summary = "The caller's preferences (ETag for updates)")
    public Response read() {
        PreferenceView preference = preferences.of();
        return Versions.withEtag(Response.ok(), NotificationMapper.preference(preference), preference.version());
    }

    @PUT
    @Operation(summary = "Change the caller's preferences; If-Match with the ETag of the last read")
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PreferenceRequest request) {
        PreferenceView preference = preferences.update(ifMatch, request.email(), request.webhook(),
                request.language());
        return Versions.withEtag(Response.ok(), NotificationMapper.preference(preference), preference.version());
    }
}
