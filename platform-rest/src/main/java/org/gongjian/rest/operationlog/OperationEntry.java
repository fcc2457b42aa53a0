package org.gongjian.rest.operationlog;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a service's operation log: who ({@code actorSubject}, {@code actorName}, their {@code role},
 * {@code organizationId} and {@code district} from the token), what ({@code action}: the method and route template,
 * such as {@code POST /api/organizations/{id}/dissolution}), on which record ({@code target}: the first id of the
 * path, never anything of the body), when, and the answer's HTTP status ({@code outcome}; 4xx is a refusal).
 */
public record OperationEntry(UUID id, Instant occurredAt, String actorSubject, String actorName, String role,
        UUID organizationId, String district, String action, UUID target, int outcome) {
}
