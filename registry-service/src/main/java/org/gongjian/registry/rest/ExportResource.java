package org.gongjian.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.registry.service.OrganizationQueries;
import org.gongjian.registry.service.SheetWriter;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Languages;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/organizations/export")
@Tag(name = "Organizations")
public class ExportResource {

    private final OrganizationQueries queries;
    private final Caller caller;

    ExportResource(OrganizationQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER})
    @Produces({ImportResource.XLSX, "text/csv"})
    @Operation(summary = "Export the filtered list", description = "format=xlsx (default) or csv (UTF-8 with BOM); the same filters and sort as the list; "
            + "headers and labels in the language of Accept-Language (zh-CN by default, English)")
    public Response export(@QueryParam("format") String format, @BeanParam ListParams params, HttpHeaders headers) {
        String resolved = format == null || format.isBlank() ? "xlsx" : format.trim().toLowerCase(Locale.ROOT);
        if (!resolved.equals("xlsx") && !resolved.equals("csv")) {
            throw ProblemException.invalid("format", Downloads.TEXTS.message("export.format"));
        }
        PageQuery order = params.page();
        List<OrganizationSnapshot> organizations = queries.all(caller, params.filter(), order.sortField(), order.ascending());
        Locale locale = Languages.of(headers);
        String name = "-" + LocalDate.now() + "." + resolved;
        StreamingOutput body = resolved.equals("xlsx")
                ? out -> SheetWriter.xlsx(organizations, locale, out)
                : out -> SheetWriter.csv(organizations, locale, out);
        return Response.ok(body, resolved.equals("xlsx") ? ImportResource.XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", Downloads.disposition(Downloads.TEXTS.get(locale, "file.export") + name,
                        Downloads.TEXTS.get(Locale.ENGLISH, "file.export") + name))
                .build();
    }
}
