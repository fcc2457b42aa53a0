package org.gongjian.activity.rest;

import org.gongjian.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.ActivityStats;
import org.gongjian.activity.service.StatsQueries;
import org.gongjian.rest.Role;


@Path("/api/activities/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures for dashboards")
public class StatsResource {

    private final StatsQueries stats;

    StatsResource(StatsQueries stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "District overview: activities by month, type and status, attendance, pairings compliant and overdue",
            description = "from/to are local days, inclusive; default this month. A city administrator names the district.")
    public ActivityStats overview(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("district") String district) {
        return stats.overview(district, QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
