package org.gongjian.events.cadence;

import static org.gongjian.events.Snapshots.nonEmptyListOf;
import static org.gongjian.events.Snapshots.nonNegative;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How one active pairing stands against its cadence in one period: the data of every cadence event.
 *
 * @param pairingId   the pairing
 * @param district    the district (tenant) it belongs to
 * @param memberIds   every organization in the pairing, the lead first, at least one
 * @param periodStart the first day of the period, <b>inclusive</b> (e.g. 2025-06-01)
 * @param periodEnd   the day after the period, <b>exclusive</b> (e.g. 2025-07-01 for June 2025)
 * @param required    activities the cadence requires in the period, at least 1
 * @param held        activities held in the period (confirmed or not), at least 0
 * @param confirmed   of those, activities the partner side confirmed, at least 0
 */
public record CadencePeriodSnapshot(
        UUID pairingId,
        String district,
        List<UUID> memberIds,
        LocalDate periodStart,
        LocalDate periodEnd,
        int required,
        int held,
        int confirmed) {

    public CadencePeriodSnapshot {
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(district, "district");
        memberIds = nonEmptyListOf(memberIds, "memberIds");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (!periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("periodEnd (exclusive) must be after periodStart: "
                    + periodStart + " .. " + periodEnd);
        }
        if (required < 1) {
            throw new IllegalArgumentException("required must be at least 1: " + required);
        }
        nonNegative(held, "held");
        nonNegative(confirmed, "confirmed");
    }
}
