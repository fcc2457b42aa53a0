package org.gongjian.pairing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongjian.events.demand.DemandStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A demand; {@code history} (every step, who and when) is included when one demand is read or changed. */
public record DemandResponse(UUID id, String district, UUID pairingId, UUID raisedBy, String category, String title,
        String detail, LocalDate dueOn, DemandStatus status, String resolution, Instant raisedAt, LocalDate answeredOn,
        boolean overdue, long version, @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {

    public record Step(Instant at, String actor, UUID actorOrganizationId, DemandStatus from, DemandStatus to,
            String note) {
    }
}
