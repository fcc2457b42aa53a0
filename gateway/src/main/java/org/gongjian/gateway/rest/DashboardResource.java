package org.gongjian.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.gateway.service.DashboardOverview;
import org.gongjian.gateway.service.DashboardService;
import org.gongjian.gateway.service.OverviewQuery;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.DistrictToRead;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.QueryParams;
import org.gongjian.rest.Role;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Path("/api/dashboard")
@Tag(name = "Dashboard", description = "District figures combined from several services")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService dashboard;
    private final DashboardCaller caller;

    DashboardResource(DashboardService dashboard, DashboardCaller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "Organizations, pairing coverage, activities this month and pending receipts of a district",
            description = "A service that does not answer leaves its section null and is named in 'unavailable' (still 200). "
                    + "A city administrator names the district with ?district=; 'from'/'to' bound the activity statistics.")
    public CompletionStage<DashboardOverview> overview(@QueryParam("district") String district,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", GatewayMessages.TEXTS.message("refusal.to-before-from"));
        }
        Bounds.requirePeriod("to", start, end);
        OverviewQuery query = new OverviewQuery(districtOf(district), caller.isCityAdmin(), Optional.ofNullable(start),
                Optional.ofNullable(end));
        return dashboard.overview(query, caller.accessToken());
    }

    private String districtOf(String requested) {
        return DistrictToRead.required(caller.isCityAdmin(), caller.district(), requested);
    }
}
