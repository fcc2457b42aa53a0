package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.WebhookEndpoint;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An organization's webhook endpoints. The district committee manages any organization of its district; a secretary
 * only their own; for anyone else an endpoint does not exist (404). The signing secret is generated here and shown
 * once, at registration. A disabled endpoint can be tested and enabled again; its attempts are listed newest first.
 */
@ApplicationScoped
public class WebhookService {

    private static final Texts TEXTS = Texts.of("notification");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final WebhookTargets targets;
    private final WebhookAttempts attempts;

    WebhookService(EntityManager entityManager, DeliveryQueue queue, Clock clock, WebhookTargets targets,
            WebhookAttempts attempts) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.clock = clock;
        this.targets = targets;
        this.attempts = attempts;
    }

    /** Who manages endpoints: a district (committee) or one organization (its secretary). */
    public record Manager(String district, UUID ownOrganization) {
        boolean mayManage(UUID organizationId) {
            return ownOrganization == null || ownOrganization.equals(organizationId);
        }
    }

    @Transactional
    @WithSpan
    public WebhookEndpointView register(Manager manager, UUID organizationId, String url, String description) {
        UUID organization = organizationId != null ? organizationId : manager.ownOrganization();
        if (organization == null) {
            throw ProblemException.invalid("organizationId", TEXTS.message("webhook.organization-required"));
        }
        requireInScope(manager, organization);
        targets.requireAllowed(url);
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.organizationId = organization;
        endpoint.district = manager.district();
        endpoint.url = url;
        endpoint.description = description;
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        endpoint.secret = HexFormat.of().formatHex(secret);
        endpoint.enabled = true;
        endpoint.createdAt = OffsetDateTime.now(clock);
        endpoint.persist();
        return WebhookEndpointView.of(endpoint);
    }

    @Transactional
    @WithSpan
    public List<WebhookEndpointView> list(Manager manager, UUID organizationId) {
        UUID organization = organizationId != null ? organizationId : manager.ownOrganization();
        List<WebhookEndpoint> endpoints;
        if (organization == null) {
            endpoints = WebhookEndpoint.list("district", Sort.by("createdAt"), manager.district());
        } else {
            requireInScope(manager, organization);
            endpoints = WebhookEndpoint.list("organizationId", Sort.by("createdAt"), organization);
        }
        return endpoints.stream().map(WebhookEndpointView::of).toList();
    }

    @Transactional
    @WithSpan
    public void delete(Manager manager, UUID id) {
        WebhookEndpoint endpoint = manageable(manager, id);
        queue.abandonWebhooks(endpoint.id, "endpoint removed");
        endpoint.enabled = false;
        endpoint.delete();
    }

    /**
     * Enables an endpoint again, after its owner has mended it: its failures are forgotten, and what it gave up while
     * disabled stays given up. Its URL must still pass the target check. Enabling an enabled endpoint changes nothing.
     */
    @Transactional
    @WithSpan
    public WebhookEndpointView enable(Manager manager, UUID id) {
        WebhookEndpoint endpoint = manageable(manager, id);
        if (!endpoint.enabled) {
            targets.requireAllowed(endpoint.url);
            endpoint.reenable();
        }
        return WebhookEndpointView.of(endpoint);
    }

    /** Where a test delivery goes, disabled or not: an owner tests an endpoint before enabling it again. */
    @Transactional
    @WithSpan
    public TestTarget testTarget(Manager manager, UUID id) {
        WebhookEndpoint endpoint = manageable(manager, id);
        return new TestTarget(endpoint.id, endpoint.organizationId, endpoint.district, endpoint.url, endpoint.secret);
    }

    @Transactional
    @WithSpan
    public Page<WebhookAttempt> attempts(Manager manager, UUID id, PageQuery query) {
        return attempts.ofEndpoint(manageable(manager, id).id, query);
    }

    public record TestTarget(UUID endpointId, UUID organizationId, String district, String url, String secret) {
    }

    private WebhookEndpoint manageable(Manager manager, UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null || !endpoint.district.equals(manager.district()) || !manager.mayManage(endpoint.organizationId)) {
            throw ProblemException.notFound("Webhook", id);
        }
        return endpoint;
    }

    private void requireInScope(Manager manager, UUID organizationId) {
        boolean known = !entityManager.createNativeQuery("SELECT 1 FROM organization WHERE id = :id AND district = :district")
                .setParameter("id", organizationId)
                .setParameter("district", manager.district())
                .getResultList().isEmpty();
        if (!known || !manager.mayManage(organizationId)) {
            throw ProblemException.notFound("Organization", organizationId);
        }
    }
}
