package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.registry.domain.Organization;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reading the register within the caller's scope. Reads run without a JTA transaction (Hibernate ORM's request-scoped
 * session), or within the caller's when there is one.
 */
@ApplicationScoped
public class OrganizationQueries {

    public static final Set<String> SORTABLE = Set.of("name", "foundedOn", "createdAt", "members");
    public static final String DEFAULT_SORT = "name,asc";
    /** An export holds at most this many rows. */
    public static final int EXPORT_LIMIT = 200_000;

    private final EntityManager entityManager;
    private final Collations collations;
    private final OrganizationViews views;

    OrganizationQueries(EntityManager entityManager, Collations collations, OrganizationViews views) {
        this.entityManager = entityManager;
        this.collations = collations;
        this.views = views;
    }

    /** One organization as the caller may see it, with its people's accounts. */
    @WithSpan
    public OrganizationView find(Caller caller, UUID id) {
        return views.of(caller, readable(caller, id));
    }

    /** A page of organizations as the caller may see them, with their people's accounts. */
    @WithSpan
    public Page<OrganizationView> list(Caller caller, OrganizationFilter filter, PageQuery page) {
        return views.of(caller, page(caller, filter, page));
    }

    /** The direct sub-organizations of one the caller may read. */
    @WithSpan
    public Page<OrganizationView> children(Caller caller, UUID id, PageQuery page) {
        OrganizationSnapshot parent = readable(caller, id);
        return views.of(caller,
                page(caller, new OrganizationFilter(parent.district(), null, null, null, null, id, null), page));
    }

    private OrganizationSnapshot readable(Caller caller, UUID id) {
        Organization organization = entityManager.find(Organization.class, id);
        if (organization == null || !Scope.canRead(caller, organization)) {
            throw Scope.notFound(id);
        }
        return OrganizationSnapshots.of(organization);
    }

    private Page<OrganizationSnapshot> page(Caller caller, OrganizationFilter filter, PageQuery page) {
        OrganizationSearch search = search(caller, filter);
        long total = ((Number) search.bind(entityManager.createNativeQuery(
                "SELECT count(*) FROM organization o" + search.where())).getSingleResult()).longValue();
        List<OrganizationSnapshot> items = total == 0 ? List.of() : select(search, page.sortField(), page.ascending(),
                page.size(), page.offset());
        return Page.of(items, page, total);
    }

    /**
     * Every organization matching a filter, for an export, in the order asked for; phones and e-mails left out for a
     * caller who may not see them.
     */
    @WithSpan
    public List<OrganizationSnapshot> all(Caller caller, OrganizationFilter filter, String sortField, boolean ascending) {
        return views.forExport(caller, select(search(caller, filter), sortField, ascending, EXPORT_LIMIT, 0));
    }

    private OrganizationSearch search(Caller caller, OrganizationFilter filter) {
        String district = Scope.district(caller, filter.district(), false).orElse(null);
        UUID only = Scope.ownOrganization(caller).orElse(null);
        return new OrganizationSearch(filter, district, only);
    }

    @SuppressWarnings("unchecked")
    private List<OrganizationSnapshot> select(OrganizationSearch search, String sortField, boolean ascending, int limit,
            int offset) {
        String direction = ascending ? " ASC" : " DESC";
        String order = switch (sortField) {
            case "name" -> search.relevance() + collations.nameOrder() + direction;
            case "foundedOn" -> "o.founded_on" + direction + " NULLS LAST";
            case "createdAt" -> "o.created_at" + direction;
            case "members" -> "(o.members_full + o.members_probationary)" + direction;
            default -> collations.nameOrder() + direction;
        };
        List<Organization> rows = search.bindOrdered(entityManager.createNativeQuery(
                        "SELECT o.* FROM organization o" + search.where() + " ORDER BY " + order + ", o.id",
                        Organization.class))
                .setMaxResults(limit)
                .setFirstResult(offset)
                .getResultList();
        List<OrganizationSnapshot> snapshots = rows.stream().map(OrganizationSnapshots::of).toList();
        entityManager.clear();
        return snapshots;
    }
}
