package org.gongjian.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.registry.service.ImportReport;
import org.gongjian.registry.service.ImportTimeoutException;
import org.gongjian.registry.service.OrganizationImport;
import org.gongjian.registry.service.SheetColumn;
import org.gongjian.registry.service.SheetWriter;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Message;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

@Path("/api/organizations")
@Tag(name = "Organization imports", description = "Register many organizations from a spreadsheet")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Texts TEXTS = Texts.of("registry");

    private final OrganizationImport imports;
    private final Caller caller;
    private final int timeoutSeconds;

    ImportResource(OrganizationImport imports, Caller caller,
            @ConfigProperty(name = OrganizationImport.TIMEOUT_PROPERTY,
                    defaultValue = "" + OrganizationImport.DEFAULT_TIMEOUT_SECONDS) int timeoutSeconds) {
        this.imports = imports;
        this.caller = caller;
        this.timeoutSeconds = timeoutSeconds;
    }

    @POST
    @Path("imports")
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import organizations from .xlsx or .csv",
            description = "Every row is checked; one bad row and nothing is imported (422 lists every bad row; 409 when the only "
                    + "problem is an enterprise already registered in the district, naming it). Names very close to registered "
                    + "ones are imported with warnings. dryRun=true only checks")
    public Response importSheet(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            HttpHeaders headers, UriInfo uri) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", TEXTS.message("import.file-missing"));
        }
        boolean dry = dryRun(dryRun);
        OrganizationImport.Format format = format(file);
        ImportReport report;
        long started = System.nanoTime();
        try (InputStream input = Files.newInputStream(file.uploadedFile())) {
            report = imports.run(caller, format, input, dry);
        } catch (RuntimeException e) {
            // past its timeout, the transaction was rolled back (a statement cancelled, or the commit refused): a 503
            if (System.nanoTime() - started >= timeoutSeconds * 1_000_000_000L) {
                throw new ImportTimeoutException(timeoutSeconds, e);
            }
            throw e;
        }
        Locale locale = Languages.of(headers);
        List<ImportResponse.Warning> warnings = warnings(report, locale);
        if (report.accepted()) {
            return Response.status(dry ? 200 : 201).type(MediaType.APPLICATION_JSON)
                    .entity(new ImportResponse(report.dryRun(), report.rows(), report.imported(),
                            report.errors().stream().map(error -> OrganizationMapper.row(error, locale)).toList(), warnings))
                    .build();
        }
        boolean onlyDuplicates = report.errors().isEmpty();
        List<RowProblem> rows = new ArrayList<>(report.errors().stream().map(error -> OrganizationMapper.row(error, locale)).toList());
        report.duplicates().forEach(duplicate -> rows.add(new RowProblem(duplicate.row(),
                SheetColumn.CREDIT_CODE.header(), duplicateMessage(duplicate, locale))));
        rows.sort(Comparator.comparingInt(RowProblem::row));
        ImportProblem problem = new ImportProblem(
                onlyDuplicates ? DuplicateProblem.TYPE : "https://gongjian.org/problems/import-rejected",
                onlyDuplicates ? TEXTS.get(locale, "duplicate.title") : ProblemTitles.title("validation", locale),
                onlyDuplicates ? 409 : 422,
                TEXTS.get(locale, "import.rejected", rows.size(), report.rows()),
                uri.getPath(),
                rows.stream().map(error -> new Problem.FieldError("row " + error.row() + ": " + error.column(),
                        error.message())).toList(),
                rows, report.duplicates(), warnings);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static List<ImportResponse.Warning> warnings(ImportReport report, Locale locale) {
        return report.warnings().stream()
                .map(warning -> new ImportResponse.Warning(warning.row(), SheetColumn.NAME.header(),
                        TEXTS.get(locale, "warning.similar-name", warning.similarTo().name(), warning.similarTo().id()),
                        new OrganizationParts.Similar(warning.similarTo().id(), warning.similarTo().name(),
                                warning.similarTo().similarity())))
                .toList();
    }

    private static String duplicateMessage(ImportReport.DuplicateRow duplicate, Locale locale) {
        return duplicate.existingId() != null
                ? TEXTS.get(locale, "duplicate.credit-code", duplicate.existingName(), duplicate.existingId())
                : TEXTS.get(locale, "duplicate.credit-code-row", duplicate.existingRow(), duplicate.existingName());
    }

    @GET
    @Path("import-template")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN})
    @Produces(XLSX)
    @Operation(summary = "The import template (.xlsx with headers and a sheet of instructions)",
            description = "In the language of Accept-Language: Chinese (the default) or English; an import reads both")
    public Response template(HttpHeaders headers) {
        Locale locale = Languages.of(headers);
        StreamingOutput body = out -> SheetWriter.template(locale, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", Downloads.disposition(Downloads.TEXTS.get(locale, "file.template") + ".xlsx",
                        Downloads.TEXTS.get(Locale.ENGLISH, "file.template") + ".xlsx"))
                .build();
    }

    private static OrganizationImport.Format format(FileUpload file) throws IOException {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return OrganizationImport.Format.XLSX;
        }
        if (name.endsWith(".csv")) {
            return OrganizationImport.Format.CSV;
        }
        if (name.endsWith(".xls")) {
            throw unsupported("import.xls");
        }
        try (InputStream input = Files.newInputStream(file.uploadedFile())) {
            byte[] head = input.readNBytes(4);
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K') {
                return OrganizationImport.Format.XLSX;
            }
        }
        String type = file.contentType() == null ? "" : file.contentType();
        if (type.startsWith("text/")) {
            return OrganizationImport.Format.CSV;
        }
        throw unsupported("import.file-type");
    }

    private static ProblemException unsupported(String key) {
        return new ProblemException(415, "unsupported-media-type", (Message) null,
                List.of(new ProblemException.Field("file", TEXTS.message(key))));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid("dryRun", TEXTS.message("import.dry-run"));
    }
}
