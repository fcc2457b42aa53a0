package org.gongjian.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.gateway.proxy.Backend;
import org.gongjian.gateway.service.OperationLogCsv;
import org.gongjian.gateway.service.OperationLogMerge;
import org.gongjian.rest.DistrictToRead;
import org.gongjian.rest.Languages;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.QueryParams;
import org.gongjian.rest.Role;
import org.gongjian.rest.operationlog.OperationLogParams;
import org.gongjian.rest.operationlog.OperationLogQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operation log of all four services as one list, newest first: the committee reads its district (a city
 * administrator the one it names, else its own: {@link DistrictToRead}), a branch secretary the entries about its
 * organization; each service applies the same scope to its own log, and {@link OperationLogMerge} merges their pages
 * by (time, id).
 */
@Path("/api/operation-log")
@Tag(name = "Operation log", description = "Who changed what, when, and whether it was refused, across the services")
@Produces(MediaType.APPLICATION_JSON)
public class OperationLogResource {

    /** How many pages a numbered page may lie from the start; beyond, follow {@code next} or narrow the filters. */
    static final int MAX_PAGE = 49;
    /** The most entries one export writes. */
    static final int MAX_EXPORT = 100_000;

    private final OperationLogMerge merge;
    private final DashboardCaller caller;

    OperationLogResource(OperationLogMerge merge, DashboardCaller caller) {
        this.merge = merge;
        this.caller = caller;
    }

    /** A merged page: {@code items}, {@code page}, {@code size}, {@code total} (when read from the start), {@code next}. */
    public record MergedPage(List<JsonNode> items, int page, int size, Long total, String next, List<String> unavailable) {
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "The operation log of every service, newest first",
            description = "Filters: from, to (dates), actor, action, target, outcome (SUCCEEDED, REFUSED, FAILED), service. "
                    + "Page with page (0-" + MAX_PAGE + ") and size, or follow 'next' with after=.")
    public MergedPage list(@QueryParam("district") String district, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("outcome") String outcome,
            @QueryParam("service") String service, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("after") String after) {
        OperationLogQuery query = OperationLogParams.parse(null, null, from, to, actor, action, target, outcome, size, after);
        Integer number = QueryParams.integer("page", page);
        if (number != null && (number < 0 || number > MAX_PAGE)) {
            throw ProblemException.invalid("page", GatewayMessages.TEXTS.message("refusal.page", MAX_PAGE));
        }
        int steps = number == null ? 0 : number;
        Map<String, String> filters = filters(district, from, to, actor, action, target, outcome);
        List<Backend> backends = backends(service);
        String token = caller.accessToken();
        String cursor = query.after() == null ? null : after.strip();
        OperationLogMerge.Step step = merge.step(backends, filters, query.size(), cursor, token);
        Long total = step.total();
        // a service missing from a step before the page leaves the page further on than it should be: name it too
        Set<String> unavailable = new LinkedHashSet<>(step.unavailable());
        for (int i = 0; i < steps; i++) {
            if (step.next() == null) {
                step = new OperationLogMerge.Step(List.of(), null, null, List.of());
                break;
            }
            step = merge.step(backends, filters, query.size(), step.next(), token);
            unavailable.addAll(step.unavailable());
        }
        return new MergedPage(step.items(), steps, query.size(), total, step.next(), List.copyOf(unavailable));
    }

    @GET
    @Path("/export")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The operation log as CSV (UTF-8 with BOM, for Excel), newest first, with the filters of the list")
    public Response export(@QueryParam("format") String format, @QueryParam("district") String district,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("target") String target,
            @QueryParam("outcome") String outcome, @QueryParam("service") String service,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        if (format != null && !format.isBlank() && !"csv".equals(format.strip())) {
            throw ProblemException.invalid("format", GatewayMessages.TEXTS.message("refusal.format-csv"));
        }
        OperationLogParams.parse(null, null, from, to, actor, action, target, outcome, null, null);
        Map<String, String> filters = filters(district, from, to, actor, action, target, outcome);
        List<Backend> backends = backends(service);
        String token = caller.accessToken();
        // the first page is read before answering, so that a refusal is still a problem, not a broken file
        OperationLogMerge.Step first = merge.step(backends, filters, OperationLogParams.MAX_SIZE, null, token);
        StreamingOutput body = output -> OperationLogCsv.write(output, Languages.of(headers),
                first, next -> merge.step(backends, filters, OperationLogParams.MAX_SIZE, next, token), MAX_EXPORT);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"operation-log.csv\"")
                .build();
    }

    private Map<String, String> filters(String district, String from, String to, String actor, String action,
            String target, String outcome) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("district", districtOf(district));
        put(filters, "from", from);
        put(filters, "to", to);
        put(filters, "actor", actor);
        put(filters, "action", action);
        put(filters, "target", target);
        put(filters, "outcome", outcome);
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    private String districtOf(String requested) {
        String district = DistrictToRead.required(caller.isCityAdmin(), caller.district(), requested);
        if (!caller.isCityAdmin() && !caller.hasRole(Role.DISTRICT_ADMIN)) {
            String org = caller.claim("org").orElseThrow(
                    () -> ProblemException.forbidden(ProblemTitles.detail("not-linked")));
            QueryParams.uuid("org", org);
        }
        return district;
    }

    private static List<Backend> backends(String service) {
        if (service == null || service.isBlank()) {
            return List.of(Backend.values());
        }
        List<Backend> chosen = new ArrayList<>();
        for (String name : service.split(",")) {
            Backend backend = Arrays.stream(Backend.values())
                    .filter(b -> b.serviceName().equals(name.strip()) || b.serviceName().equals(name.strip() + "-service"))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid("service", GatewayMessages.TEXTS.message("refusal.service")));
            if (!chosen.contains(backend)) {
                chosen.add(backend);
            }
        }
        return chosen;
    }
}
