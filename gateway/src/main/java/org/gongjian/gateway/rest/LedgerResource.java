package org.gongjian.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.gateway.ledger.LedgerExport;
import org.gongjian.gateway.ledger.LedgerFormat;
import org.gongjian.gateway.ledger.LedgerQuery;
import org.gongjian.gateway.ledger.LedgerTexts;
import org.gongjian.rest.Languages;
import org.gongjian.rest.LedgerRange;
import org.gongjian.rest.QueryParams;
import org.gongjian.rest.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Path("/api/ledger")
@Tag(name = "Ledger", description = "The ledger (台账) for inspections, assembled from the services that own its rows")
public class LedgerResource {

    private final LedgerExport export;
    private final DashboardCaller caller;

    LedgerResource(LedgerExport export, DashboardCaller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip", "application/problem+json"})
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "The ledger of a district, or of one organization, from 'from' to 'to' (at most 3 years)",
            description = "format=xlsx (default): one workbook with the sheets 结对台账, 活动台账, 诉求台账, 签收情况; format=csv: "
                    + "a zip of one CSV file per sheet, UTF-8 with BOM. Language from lang or Accept-Language (zh-CN default, en). "
                    + "A committee reads its district (a city administrator names it with district) and may narrow it with "
                    + "organizationId; a secretary gets its own organization's. The ledger names people, so a dashboard reader "
                    + "is refused (403).")
    public Response ledger(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
            @QueryParam("district") String district, @QueryParam("organizationId") String organizationId,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        LedgerRange range = LedgerRange.parse(from, to);
        LedgerFormat chosen = LedgerFormat.parse(format);
        UUID organization = QueryParams.uuid("organizationId", organizationId);
        Locale language = Languages.of(lang, acceptLanguage);
        LedgerQuery query = new LedgerQuery(range, Optional.ofNullable(district).filter(d -> !d.isBlank()),
                Optional.ofNullable(organization), chosen, language);
        String name = new LedgerTexts(language).get("ledger.file") + "_" + range.from() + "_" + range.to() + "." + chosen.extension;
        return Response.ok(export.prepare(query, caller.accessToken()), chosen.mediaType)
                .header("Content-Disposition", "attachment; filename=\"ledger_" + range.from() + "_" + range.to() + "."
                        + chosen.extension + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
