package org.gongjian.registry.rest;

import org.gongjian.rest.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.registry.service.OrganizationFilter;
import org.gongjian.registry.service.OrganizationQueries;
import org.gongjian.rest.PageQuery;

/** The query of a list or an export: filters, paging and sorting. */
public class ListParams {

    @QueryParam("q")
    @Parameter(description = "part of the name, e.g. 党支部")
    public String q;
    @QueryParam("sector")
    @Parameter(description = "ORGAN, STATE_ENTERPRISE, NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION, COMMUNITY")
    public String sector;
    @QueryParam("kind")
    @Parameter(description = "PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH")
    public String kind;
    @QueryParam("status")
    @Parameter(description = "ACTIVE or DISSOLVED")
    public String status;
    @QueryParam("parentId")
    @Parameter(description = "direct sub-organizations of this one")
    public String parentId;
    @QueryParam("subtreeOf")
    @Parameter(description = "this organization and everything below it")
    public String subtreeOf;
    @QueryParam("district")
    @Parameter(description = "for a city administrator: one district (default: all)")
    public String district;
    @QueryParam("page")
    @Parameter(description = "from 0")
    public String page;
    @QueryParam("size")
    @Parameter(description = "1 to 200, default 20")
    public String size;
    @QueryParam("sort")
    @Parameter(description = "name (pinyin order), foundedOn, createdAt or members, then ,asc or ,desc")
    public String sort;

    OrganizationFilter filter() {
        return new OrganizationFilter(
                OrganizationMapper.text(district),
                OrganizationMapper.text(q),
                QueryParams.enumeration("sector", sector, Sector.class),
                QueryParams.enumeration("kind", kind, OrganizationKind.class),
                QueryParams.enumeration("status", status, OrganizationStatus.class),
                QueryParams.uuid("parentId", parentId),
                QueryParams.uuid("subtreeOf", subtreeOf));
    }

    PageQuery page() {
        return PageQuery.of(QueryParams.integer("page", page), QueryParams.integer("size", size), sort,
                OrganizationQueries.SORTABLE, OrganizationQueries.DEFAULT_SORT);
    }
}
