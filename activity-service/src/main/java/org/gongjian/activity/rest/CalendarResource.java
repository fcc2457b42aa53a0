package org.gongjian.activity.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.CalendarService;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Role;

import java.util.UUID;

@Path("/api/organizations/{id}")
@Tag(name = "Calendar", description = "An organization's activities as a calendar a phone can subscribe to")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final CalendarService calendars;
    private final SecurityIdentity identity;
    private final Instance<Caller> caller;

    CalendarResource(CalendarService calendars, SecurityIdentity identity, Instance<Caller> caller) {
        this.calendars = calendars;
        this.identity = identity;
        this.caller = caller;
    }

    @GET
    @Path("calendar.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "iCalendar feed of the organization's activities",
            description = "Authorize with ?token= (from calendar-token; phones cannot send bearer tokens) or a bearer token")
    public Response feed(@PathParam("id") UUID id, @QueryParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Caller who = identity.isAnonymous() ? null : caller.get();
        String body = calendars.feed(id, token, who, Languages.of(lang, acceptLanguage));
        return Response.ok(body, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"activities-" + id + ".ics\"")
                .header("Cache-Control", "private, max-age=900").build();
    }

    @GET
    @Path("calendar-token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DISTRICT_ADMIN})
    @Operation(summary = "The subscription link of the organization's calendar (its own secretary or liaison, or the committee)")
    public FeedLink token(@PathParam("id") UUID id) {
        String token = calendars.token(id, caller.get());
        return new FeedLink(token, "/api/organizations/" + id + "/calendar.ics?token=" + token);
    }

    public record FeedLink(String token, String url) {
    }
}
