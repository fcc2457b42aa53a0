package org.gongjian.activity.rest;

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
import org.gongjian.activity.service.ActivityCompletion;
import org.gongjian.activity.service.ActivityCorrections;
import org.gongjian.activity.service.ActivityDisputes;
import org.gongjian.activity.service.ActivityFilter;
import org.gongjian.activity.service.ActivityHistory;
import org.gongjian.activity.service.ActivityQueries;
import org.gongjian.activity.service.ActivityScheduling;
import org.gongjian.activity.service.ActivityView;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Joint activities of pairings: schedule, hold, confirm")
public class ActivityResource {

    private final ActivityScheduling scheduling;
    private final ActivityCompletion completion;
    private final ActivityCorrections corrections;
    private final ActivityDisputes disputes;
    private final ActivityHistory history;
    private final ActivityQueries queries;

    ActivityResource(ActivityScheduling scheduling, ActivityCompletion completion, ActivityCorrections corrections,
            ActivityDisputes disputes, ActivityHistory history, ActivityQueries queries) {
        this.scheduling = scheduling;
        this.completion = completion;
        this.corrections = corrections;
        this.disputes = disputes;
        this.history = history;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "List activities", description = "Filters by pairing, participating organization, type, status, "
            + "local date range (from/to inclusive), unconfirmed (held, neither confirmed nor disputed for 7 days) and disputed "
            + "(a dispute the committee has not decided)")
    public Page<ActivityResponse> list(@QueryParam("pairingId") String pairingId, @QueryParam("organizationId") String organizationId,
            @QueryParam("type") String type, @QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("unconfirmed") String unconfirmed, @QueryParam("disputed") String disputed,
            @QueryParam("district") String district,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageQuery query = PageQuery.of(page, size, sort, ActivityQueries.SORTABLE, "startsAt,desc");
        ActivityFilter filter = new ActivityFilter(district, QueryParams.uuid("pairingId", pairingId),
                QueryParams.uuid("organizationId", organizationId), QueryParams.enumeration("type", type, ActivityType.class),
                QueryParams.enumeration("status", status, ActivityStatus.class), QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.bool("unconfirmed", unconfirmed), QueryParams.bool("disputed", disputed));
        return queries.list(filter, query).map(ActivityMapper::response);
    }

    @POST
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Schedule an activity for an active pairing")
    public Response schedule(@NotNull @Valid ScheduleRequest request) {
        ActivityView activity = scheduling.schedule(ActivityMapper.draft(request));
        return Versions.withEtag(Response.created(URI.create("/api/activities/" + activity.activity().id())),
                ActivityMapper.response(activity), activity.activity().version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "Read an activity")
    public Response get(@PathParam("id") UUID id) {
        ActivityView activity = queries.get(id);
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Reschedule a planned activity", description = "Requires If-Match with the ETag of the last read")
    public Response reschedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RescheduleRequest request) {
        ActivityView activity = scheduling.reschedule(id, ifMatch, ActivityMapper.draft(null, request));
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Cancel a planned activity, with a reason")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancellationRequest request) {
        ActivityView activity = scheduling.cancel(id, ifMatch, request.reason().strip());
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Record a planned activity as held, with attendance per organization, summary and outcomes")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CompletionRequest request) {
        ActivityView activity = completion.complete(id, ifMatch, ActivityMapper.report(request));
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Role.BRANCH_SECRETARY)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm a held activity (a partner organization other than the one that recorded it)")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ActivityView activity = completion.confirm(id, ifMatch);
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Correct a held activity's attendance, summary and outcomes",
            description = "The reporting side until the activity is confirmed or decided; the district committee at any time, "
                    + "with a reason (400 naming reason without one). Requires If-Match (412 on a stale version). "
                    + "The values before and after are kept in the activity's history.")
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CorrectionRequest request) {
        ActivityView activity = corrections.correct(id, ifMatch, ActivityMapper.report(request), request.reason());
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/dispute")
    @RolesAllowed(Role.BRANCH_SECRETARY)
    @Operation(summary = "Dispute a held activity instead of confirming it, with a reason (the partner side)",
            description = "A disputed activity does not count toward cadence until the district committee decides")
    public Response dispute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DisputeRequest request) {
        ActivityView activity = disputes.dispute(id, ifMatch, request.reason().strip());
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @POST
    @Path("{id}/dispute/resolution")
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Decide a dispute (the district committee), with a reason",
            description = "UPHELD: the activity no longer counts in cadence or statistics; DISMISSED: it stands and counts")
    public Response resolveDispute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DisputeResolutionRequest request) {
        ActivityView activity = disputes.resolve(id, ifMatch, request.outcome(), request.reason().strip());
        return Versions.withEtag(Response.ok(), ActivityMapper.response(activity), activity.activity().version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
    @Operation(summary = "The activity's history, oldest first",
            description = "Every change: action, who (account, role, organization), when, why, and each changed field's "
                    + "value before and after")
    public Page<ActivityHistory.Entry> history(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return history.of(id, PageQuery.of(page, size, null, Set.of("version"), "version,asc"));
    }
}
