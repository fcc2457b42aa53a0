package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.WebhookEndpointView;
import org.gongjian.notification.service.WebhookService;
import org.gongjian.notification.service.WebhookTestDeliveries;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "An organization's endpoints that receive its notices, signed")
@RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
public class WebhookResource {

    private static final Set<String> ATTEMPTS_SORTABLE = Set.of("attemptedAt");

    private final WebhookService webhooks;
    private final WebhookTestDeliveries testDeliveries;
    private final Caller caller;

    WebhookResource(WebhookService webhooks, WebhookTestDeliveries testDeliveries, Caller caller) {
        this.webhooks = webhooks;
        this.testDeliveries = testDeliveries;
        this.caller = caller;
    }

    public record WebhookRequest(UUID organizationId, @NotBlank @Size(max = 2000) String url,
            @Size(max = 200) String description) {
    }

    /** {@code secret} is present only in the answer to the registration. */
    public record WebhookResponse(UUID id, UUID organizationId, String url, String description, boolean enabled,
            int consecutiveFailures, OffsetDateTime disabledAt, OffsetDateTime createdAt, String secret) {
    }

    /** One POST to the endpoint; {@code statusCode} is absent when it never answered, {@code error} on success. */
    public record AttemptResponse(long id, UUID deliveryId, UUID eventId, OffsetDateTime attemptedAt, Integer statusCode,
            String error, long durationMs, boolean succeeded, boolean test) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an endpoint; the answer carries the signing secret, shown only this once")
    public Response register(@Valid @NotNull WebhookRequest request) {
        WebhookEndpointView endpoint = webhooks.register(manager(), request.organizationId(), request.url(),
                request.description());
        return Response.created(URI.create("/api/webhooks/" + endpoint.id()))
                .entity(NotificationMapper.webhook(endpoint, true)).build();
    }

    @GET
    @Operation(summary = "An organization's endpoints (the committee: ?organizationId=, or all of the district)")
    public List<WebhookResponse> list(@QueryParam("organizationId") UUID organizationId) {
        return webhooks.list(manager(), organizationId).stream()
                .map(endpoint -> NotificationMapper.webhook(endpoint, false)).toList();
    }

    @POST
    @Path("/{id}/enablement")
    @Operation(summary = "Enable a disabled endpoint again (its failures are forgotten; what it gave up stays given up)")
    public WebhookResponse enable(@PathParam("id") UUID id) {
        return NotificationMapper.webhook(webhooks.enable(manager(), id), false);
    }

    @POST
    @Path("/{id}/test-deliveries")
    @Operation(summary = "Send a signed test delivery (type WEBHOOK_TEST) now, also to a disabled endpoint; answers its attempt")
    public AttemptResponse test(@PathParam("id") UUID id) {
        return NotificationMapper.attempt(testDeliveries.send(manager(), id));
    }

    @GET
    @Path("/{id}/attempts")
    @Operation(summary = "The endpoint's delivery attempts, newest first: status code, error, response time")
    public Page<AttemptResponse> attempts(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return webhooks.attempts(manager(), id, PageQuery.of(page, size, sort, ATTEMPTS_SORTABLE, "attemptedAt,desc"))
                .map(NotificationMapper::attempt);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an endpoint; what it has not yet received is given up")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(manager(), id);
        return Response.noContent().build();
    }

    private WebhookService.Manager manager() {
        String district = caller.requireDistrict();
        if (caller.isDistrictAdmin()) {
            return new WebhookService.Manager(district, null);
        }
        UUID organization = caller.organization()
                .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-organization")));
        return new WebhookService.Manager(district, organization);
    }
}
