package org.gongjian.rest.operationlog;

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

    OperationLogFilter(OperationLogWriter writer) {
        this.writer = writer;
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
        OperationEntry entry = entry(request, response, resource, security, principal);
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
                clip(name, 255), role, uuid(claim(token, "org")), clip(claim(token, "district"), 100),
                clip(OperationActions.of(request.getMethod(), resource.getResourceClass(), resource.getResourceMethod()), 255),
                OperationTargets.of(resource.getResourceClass(), resource.getResourceMethod(),
                        request.getUriInfo().getPathParameters()),
                response.getStatus());
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
