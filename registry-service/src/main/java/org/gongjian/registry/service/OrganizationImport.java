package org.gongjian.registry.service;

import org.gongjian.messaging.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.registry.domain.Organization;
import org.gongjian.rest.Caller;
import org.jboss.logging.Logger;
import java.io.IOException;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gongjian.rest.Texts;

/**
 * Registers many organizations from a spreadsheet: every row is checked first, and only a sheet without a bad row
 * is imported, in one transaction (batched inserts, one outbox event per organization, appended in batches).
 */
@ApplicationScoped
public class OrganizationImport {

    private static final Texts TEXTS = Texts.of("registry");

    public static final int MAX_ROWS = 50_000;
    /**
     * The import's own transaction timeout, in seconds: {@link #MAX_ROWS} rows take about 15 s on an idle 2-core
     * machine, and several times that on a busy one (the service's default timeout is 60 s).
     */
    public static final String TIMEOUT_PROPERTY = "gongjian.registry.import.timeout";
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(OrganizationImport.class);

    /** The kinds of file an import reads. */
    public enum Format { XLSX, CSV }

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final MeterRegistry metrics;
    private final Duplicates duplicates;
    private final CloseNames closeNames;

    OrganizationImport(EntityManager entityManager, OutboxWriter outbox, MeterRegistry metrics, Duplicates duplicates,
            CloseNames closeNames) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.metrics = metrics;
        this.duplicates = duplicates;
        this.closeNames = closeNames;
    }

    @Transactional
    @TransactionConfiguration(timeout = DEFAULT_TIMEOUT_SECONDS, timeoutFromConfigProperty = TIMEOUT_PROPERTY)
    @WithSpan
    public ImportReport run(Caller caller, Format format, InputStream input, boolean dryRun) throws IOException {
        String district = caller.requireDistrict();
        long started = System.nanoTime();
        List<SheetRow> rows = format == Format.XLSX ? XlsxSheetReader.read(input, MAX_ROWS) : CsvSheetReader.read(input, MAX_ROWS);
        long read = System.nanoTime();
        List<RowParser.Parsed> parsed = rows.stream().map(RowParser::parse).toList();
        List<RowError> errors = new ArrayList<>();
        parsed.forEach(row -> errors.addAll(row.errors()));
        errors.addAll(parentErrors(parsed, district));
        if (rows.isEmpty()) {
            errors.add(new RowError(2, SheetColumn.NAME.header(), TEXTS.message("row.no-data")));
        }
        List<RowParser.Parsed> drafted = parsed.stream().filter(row -> row.draft() != null).toList();
        if (!dryRun) {
            duplicates.lockCreditCodes(district);
        }
        List<ImportReport.DuplicateRow> twice = secondRegistrations(drafted, district);
        List<ImportReport.SimilarRow> warnings = similarNames(drafted, district);
        if (!errors.isEmpty() || !twice.isEmpty() || dryRun) {
            outcome(errors.isEmpty() && twice.isEmpty() ? "dry-run" : "rejected");
            return new ImportReport(dryRun, rows.size(), 0, errors, twice, warnings);
        }
        long checked = System.nanoTime();
        register(district, parsed);
        outcome("imported");
        LOG.infof("Imported %d organizations into %s in %d ms (read %d ms, checked %d ms, written %d ms)", rows.size(),
                district, millis(started), (read - started) / 1_000_000, (checked - read) / 1_000_000, millis(checked));
        return new ImportReport(false, rows.size(), rows.size(), List.of(), List.of(), warnings);
    }

    /**
     * Rows that would register an enterprise a second time: its credit code already stands for an organization of the
     * district, or for an earlier row. A row under a parent holding the same code belongs to that enterprise.
     */
    private List<ImportReport.DuplicateRow> secondRegistrations(List<RowParser.Parsed> drafted, String district) {
        Map<UUID, String> parentCodes = duplicates.creditCodesOf(drafted.stream()
                .filter(row -> row.draft().creditCode() != null && row.draft().parentId() != null)
                .map(row -> row.draft().parentId()).toList());
        List<RowParser.Parsed> standing = drafted.stream()
                .filter(row -> row.draft().creditCode() != null
                        && !row.draft().creditCode().equals(parentCodes.get(row.draft().parentId())))
                .toList();
        Map<String, Duplicates.Existing> registered = duplicates.standingFor(district,
                standing.stream().map(row -> row.draft().creditCode()).toList(), null);
        Map<String, RowParser.Parsed> first = new HashMap<>();
        List<ImportReport.DuplicateRow> twice = new ArrayList<>();
        for (RowParser.Parsed row : standing) {
            String code = row.draft().creditCode();
            Duplicates.Existing existing = registered.get(code);
            RowParser.Parsed earlier = first.putIfAbsent(code, row);
            if (existing != null) {
                twice.add(new ImportReport.DuplicateRow(row.row().number(), code, existing.id(), existing.name(), null));
            } else if (earlier != null) {
                twice.add(new ImportReport.DuplicateRow(row.row().number(), code, null, earlier.draft().name(),
                        earlier.row().number()));
            }
        }
        return twice;
    }

    private List<ImportReport.SimilarRow> similarNames(List<RowParser.Parsed> drafted, String district) {
        Map<String, List<Duplicates.SimilarName>> similar = closeNames.of(district,
                drafted.stream().map(row -> row.draft().name()).toList());
        List<ImportReport.SimilarRow> warnings = new ArrayList<>();
        for (RowParser.Parsed row : drafted) {
            similar.getOrDefault(row.draft().name(), List.of()).stream().findFirst().ifPresent(closest ->
                    warnings.add(new ImportReport.SimilarRow(row.row().number(), row.draft().name(), closest)));
        }
        return warnings;
    }

    private List<RowError> parentErrors(List<RowParser.Parsed> parsed, String district) {
        List<UUID> parentIds = parsed.stream().filter(row -> row.draft() != null && row.draft().parentId() != null)
                .map(row -> row.draft().parentId()).distinct().toList();
        Map<UUID, Organization> parents = new HashMap<>();
        for (int from = 0; from < parentIds.size(); from += 1000) {
            Collection<UUID> ids = parentIds.subList(from, Math.min(from + 1000, parentIds.size()));
            Organization.<Organization>list("id in ?1", ids).forEach(parent -> parents.put(parent.id, parent));
        }
        List<RowError> errors = new ArrayList<>();
        for (RowParser.Parsed row : parsed) {
            if (row.draft() != null && row.draft().parentId() != null) {
                Hierarchy.problem(parents.get(row.draft().parentId()), district).ifPresent(violation ->
                        errors.add(new RowError(row.row().number(), SheetColumn.PARENT_ID.header(), violation.message())));
            }
        }
        entityManager.clear();
        return errors;
    }

    private void register(String district, List<RowParser.Parsed> parsed) {
        for (int from = 0; from < parsed.size(); from += CHUNK) {
            List<Organization> chunk = parsed.subList(from, Math.min(from + CHUNK, parsed.size())).stream()
                    .map(row -> Organization.register(district, Objects.requireNonNull(row.draft())))
                    .toList();
            long t0 = System.nanoTime();
            chunk.forEach(entityManager::persist);
            entityManager.flush();
            long t1 = System.nanoTime();
            List<OrganizationSnapshot> snapshots = chunk.stream().map(OrganizationSnapshots::of).toList();
            entityManager.clear();
            outbox.appendAll(snapshots.stream().map(OrganizationRegistered::new).toList());
            LOG.debugf("chunk: persisted %d ms, outbox %d ms", (t1 - t0) / 1_000_000, millis(t1));
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private void outcome(String outcome) {
        metrics.counter("gongjian_registry_imports", "outcome", outcome).increment();
    }
}
