package org.gongjian.rest.operationlog;

import io.quarkus.arc.Arc;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gongjian.rest.Role;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) that reached a resource method, once its answer
 * is known: success and refusal alike. It runs after the resource method returned or threw, so the business
 * transaction has already committed or rolled back; the entry is written in a transaction of its own. It reads the
 * token, the route and the path, never the body. A request without a valid token that was refused (401) is not
 * recorded: there is no one to record, and anyone could fill the log with them.
 */
@IfBuildProperty(name = OperationLog.ENABLED, stringValue = "true", enableIfMissing = true)
public class OperationLogFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The role an entry names when the caller has several: the widest. */
    private static final List<String> ROLES = List.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT, Role.DASHBOARD_READER);

    private final OperationLogWriter writer;
    private final OperationSubject subject;

    OperationLogFilter(OperationLogWriter writer, OperationSubject subject) {
        this.writer = writer;
        this.subject = subject;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String method = request.getMethod();
        if (!WRITES.contains(method) || resource == null || resource.getResourceMethod() == null) {
            return Uni.createFrom().voidItem();
        }
        SecurityContext security = request.getSecurityContext();
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null && response.getStatus() == 401) {
            return Uni.createFrom().voidItem();
        }
        OperationEntry entry = named(entry(request, response, resource, security, principal));
        if (BlockingOperationControl.isBlockingAllowed()) {
            writer.append(entry);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> {
            writer.append(entry);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static OperationEntry entry(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource, SecurityContext security, Principal principal) {
        JsonWebToken token = principal instanceof JsonWebToken jwt ? jwt : null;
        String subject = token != null ? token.getSubject() : null;
        String name = principal == null ? null : token != null && token.getClaim("preferred_username") != null
                ? token.<String>getClaim("preferred_username") : principal.getName();
        String role = principal == null ? null
                : ROLES.stream().filter(security::isUserInRole).findFirst().orElse(null);
        return new OperationEntry(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), clip(subject, 255),
                clip(name, 255), role, uuid(claim(token, "org")), clip(district(request, security, token), 100),
                clip(OperationActions.of(request.getMethod(), resource.getResourceClass(), resource.getResourceMethod()), 255),
                OperationTargets.of(resource.getResourceClass(), resource.getResourceMethod(),
                        request.getUriInfo().getPathParameters()),
                response.getStatus());
    }

    /** The entry with what the resource named of the operation's subject, where it named something. */
    private OperationEntry named(OperationEntry entry) {
        if (!Arc.container().requestContext().isActive()) {
            return entry;
        }
        return new OperationEntry(entry.id(), entry.occurredAt(), entry.actorSubject(), entry.actorName(), entry.role(),
                subject.organization() != null ? subject.organization() : entry.organizationId(),
                subject.district() != null ? clip(subject.district(), 100) : entry.district(), entry.action(),
                subject.target() != null ? subject.target() : entry.target(), entry.outcome());
    }

    /**
     * The district an operation acted in: the token's, except for a city administrator, who belongs to no district
     * and acts in the one its request names ({@code ?district=}); naming none, the entry is the city level's.
     */
    private static String district(ContainerRequestContext request, SecurityContext security, JsonWebToken token) {
        if (security != null && security.isUserInRole(Role.CITY_ADMIN)) {
            String named = request.getUriInfo().getQueryParameters().getFirst("district");
            if (named != null && !named.isBlank()) {
                return named.strip();
            }
        }
        return claim(token, "district");
    }

    private static String claim(JsonWebToken token, String name) {
        if (token == null) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
    }

    static UUID uuid(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= length ? value : value.substring(0, length);
    }
}
