package org.gongjian.activity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.ActivityQueries;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.util.UUID;

@Path("/api/pairings/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures for dashboards")
public class PairingTimelineResource {

    private final ActivityQueries queries;

    PairingTimelineResource(ActivityQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER})
    @Operation(summary = "A pairing's activities in time order (oldest first by default)")
    public Page<ActivityResponse> timeline(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return queries.timeline(id, PageQuery.of(page, size, sort, ActivityQueries.SORTABLE, "startsAt,asc"))
                .map(ActivityMapper::response);
    }
}
