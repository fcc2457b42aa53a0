package org.gongjian.rest.operationlog;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;

import java.util.UUID;

/**
 * This service's operation log, newest first, in the reader's scope: a district administrator reads its district,
 * a city administrator the district it names ({@code ?district=}) or else the district of its account (by
 * {@link org.gongjian.rest.DistrictToRead}: with neither, 400), a branch secretary the entries made by its
 * organization's people or about its organization. The gateway merges the four services' pages into one list.
 */
@Path("/api/operation-log")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = OperationLog.ENABLED, stringValue = "true", enableIfMissing = true)
public class OperationLogResource {

    private final OperationLogQueries queries;
    private final Caller caller;
    private final String service;

    OperationLogResource(OperationLogQueries queries, Caller caller,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.queries = queries;
        this.caller = caller;
        this.service = service;
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    public OperationLogPage list(@QueryParam("district") String district, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("outcome") String outcome,
            @QueryParam("size") String size, @QueryParam("after") String after) {
        OperationLogQuery query = OperationLogParams.parse(caller.requireDistrictToRead(district), organizationOf(), from, to, actor,
                action, target, outcome, size, after);
        if (caller.isCityAdmin()) {
            query = query.withCityLevel();
        }
        OperationLogSlice slice = queries.read(query, query.after() == null);
        return new OperationLogPage(slice.items().stream().map(entry -> OperationLogItem.of(service, entry)).toList(),
                query.size(), slice.total(), slice.next() == null ? null : slice.next().encode());
    }

    private UUID organizationOf() {
        if (caller.isCityAdmin() || caller.isDistrictAdmin()) {
            return null;
        }
        return caller.organization()
                .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("not-linked")));
    }
}
