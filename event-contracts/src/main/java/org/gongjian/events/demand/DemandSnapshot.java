package org.gongjian.events.demand;

import static org.gongjian.events.Snapshots.nonNegative;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A demand (诉求) raised inside a pairing, as it is after the change: the data of every demand event.
 *
 * @param id         the demand
 * @param district   the district (tenant) it belongs to
 * @param pairingId  the pairing it was raised in
 * @param raisedBy   the organization that raised it (a member of the pairing)
 * @param category   a free category, e.g. {@code POLICY}, {@code HIRING}, {@code FINANCING}, {@code PERMITS}
 * @param title      a short title
 * @param detail     the full text; {@code null} when the title says it all
 * @param dueOn      the day an answer is due
 * @param status     where it is
 * @param resolution the answer: how it was resolved, or why it was rejected; {@code null} until then
 * @param version    the aggregate version after the change, increasing by one with every change
 */
public record DemandSnapshot(
        UUID id,
        String district,
        UUID pairingId,
        UUID raisedBy,
        String category,
        String title,
        String detail,
        LocalDate dueOn,
        DemandStatus status,
        String resolution,
        long version) {

    public DemandSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
        nonNegative(version, "version");
    }
}
