package org.gongjian.registry.service;

import org.gongjian.messaging.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
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

/**
 * Registers many organizations from a spreadsheet: every row is checked first, and only a sheet without a bad row
 * is imported, in one transaction (batched inserts, one outbox event per organization, appended in batches).
 */
@ApplicationScoped
public class OrganizationImport {

    public static final int MAX_ROWS = 50_000;
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(OrganizationImport.class);

    /** The kinds of file an import reads. */
    public enum Format { XLSX, CSV }

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final MeterRegistry metrics;

    OrganizationImport(EntityManager entityManager, OutboxWriter outbox, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional
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
            errors.add(new RowError(2, SheetColumn.NAME.header(), "the sheet has no data rows"));
        }
        if (!errors.isEmpty() || dryRun) {
            outcome(errors.isEmpty() ? "dry-run" : "rejected");
            return new ImportReport(dryRun, rows.size(), 0, errors);
        }
        long checked = System.nanoTime();
        register(district, parsed);
        outcome("imported");
        LOG.infof("Imported %d organizations into %s in %d ms (read %d ms, checked %d ms, written %d ms)", rows.size(),
                district, millis(started), (read - started) / 1_000_000, (checked - read) / 1_000_000, millis(checked));
        return new ImportReport(false, rows.size(), rows.size(), List.of());
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
