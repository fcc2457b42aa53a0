package org.gongjian.rest.operationlog;

import java.time.Instant;
import java.util.UUID;

/** An entry as the API shows it, with the service that recorded it. */
public record OperationLogItem(UUID id, String service, Instant occurredAt, Actor actor, String role,
        UUID organizationId, String district, String action, UUID target, int outcome) {

    public record Actor(String subject, String name) {
    }

    static OperationLogItem of(String service, OperationEntry entry) {
        return new OperationLogItem(entry.id(), service, entry.occurredAt(),
                new Actor(entry.actorSubject(), entry.actorName()), entry.role(), entry.organizationId(),
                entry.district(), entry.action(), entry.target(), entry.outcome());
    }
}
