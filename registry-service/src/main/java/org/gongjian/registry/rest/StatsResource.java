package org.gongjian.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.registry.service.DistrictStats;
import org.gongjian.registry.service.StatsQueries;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Role;

@Path("/api/organizations/stats")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsQueries stats;
    private final Caller caller;

    StatsResource(StatsQueries stats, Caller caller) {
        this.stats = stats;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "A district's register in figures",
            description = "Active organizations by sector and kind, all by status, and the two-new total (non-public enterprises and social organizations); a city administrator names the district")
    public DistrictStats stats(@QueryParam("district") String district) {
        return stats.of(caller, district);
    }
}
