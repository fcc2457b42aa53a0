package org.gongjian.pairing.rest;

import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Bounds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.pairing.service.DistrictFigures;
import org.gongjian.rest.Role;

import java.time.Clock;
import java.time.LocalDate;

/** Figures the committee and its dashboards read: coverage of "two new" organizations and the ranking. */
@Path("/api/pairings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
@Tag(name = "District figures", description = "Coverage and rankings")
public class DistrictFiguresResource {

    private final DistrictFigures figures;
    private final Clock clock;

    DistrictFiguresResource(DistrictFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Coverage of two-new organizations", description = "How many non-public enterprises and "
            + "social organizations are in an active pairing, the unpaired ones, and each organ's partners.")
    public DistrictFigures.Coverage coverage(@QueryParam("district") String district) {
        return figures.coverage(district);
    }

    @GET
    @Path("rankings")
    @Operation(summary = "Ranking of pairings by their latest evaluation in a year (default: this year)")
    public DistrictFigures.Ranking rankings(@QueryParam("year") Integer year, @QueryParam("district") String district) {
        if (year != null && !Bounds.yearInRange(year)) {
            throw ProblemException.invalid("year", ProblemTitles.field("between", Bounds.MIN_YEAR, Bounds.MAX_YEAR));
        }
        return figures.ranking(district, year != null ? year : LocalDate.now(clock).getYear());
    }
}
