package org.gongjian.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.registry.service.OrganizationQueries;
import org.gongjian.registry.service.OrganizationService;
import org.gongjian.registry.service.OrganizationTree;
import org.gongjian.registry.service.OrganizationView;
import org.gongjian.registry.service.Registration;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Page;
import org.gongjian.rest.Problem;
import org.gongjian.rest.QueryParams;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.net.URI;
import java.util.UUID;

@Path("/api/organizations")
@Tag(name = "Organizations", description = "The district's register of party organizations (党组织)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final OrganizationQueries queries;
    private final OrganizationTree tree;
    private final Caller caller;

    OrganizationResource(OrganizationService service, OrganizationQueries queries, OrganizationTree tree,
            Caller caller) {
        this.service = service;
        this.queries = queries;
        this.tree = tree;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
    @Operation(summary = "List organizations", description = "Filtered, paged and sorted; secretaries and liaisons see their own organization")
    public Page<OrganizationResponse> list(@BeanParam ListParams params) {
        return queries.list(caller, params.filter(), params.page()).map(OrganizationMapper::response);
    }

    @POST
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Register an organization", description = "In the caller's district, active from now. An enterprise "
            + "whose credit code is already registered in the district is refused (409 naming it); a name very close to one "
            + "already registered is accepted with warnings")
    @APIResponse(responseCode = "409", description = "The enterprise is already registered in the district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = DuplicateProblem.class)))
    public Response register(OrganizationRequest request, HttpHeaders headers) {
        Registration created = service.register(caller, OrganizationMapper.form(request));
        return Versions.withEtag(Response.created(URI.create("/api/organizations/" + created.organization().id())),
                OrganizationMapper.response(created, Languages.of(headers)), created.organization().version());
    }

    @GET
    @Path("hierarchy")
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "The district's hierarchy as a tree",
            description = "Every organization of the district under its parent (id, name, kind, sector, status, children), "
                    + "siblings in pinyin order; an organization whose parent is not shown is a root. status=ACTIVE or "
                    + "DISSOLVED limits it; a city administrator names the district")
    public OrganizationTree.Tree hierarchy(@QueryParam("district") String district, @QueryParam("status") String status) {
        return tree.of(caller, OrganizationMapper.text(district),
                QueryParams.enumeration("status", status, OrganizationStatus.class));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
    @Operation(summary = "Read an organization", description = "Answers an ETag to send back in If-Match when updating")
    public Response read(@PathParam("id") UUID id) {
        return withEtag(queries.find(caller, id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Update an organization",
            description = "Replaces what is known; If-Match required. A branch secretary changes only secretary, contacts and member counts")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, OrganizationRequest request) {
        return withEtag(service.update(caller, id, ifMatch, OrganizationMapper.form(request)));
    }

    @POST
    @Path("{id}/dissolution")
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Dissolve an organization", description = "It stays on the register, readable, with the reason and date")
    public Response dissolve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, DissolutionRequest request) {
        DissolutionRequest body = request == null ? new DissolutionRequest(null, null) : request;
        return withEtag(service.dissolve(caller, id, ifMatch, body.reason(), body.dissolvedOn()));
    }

    @GET
    @Path("{id}/children")
    @RolesAllowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
    @Operation(summary = "Direct sub-organizations", description = "Use subtreeOf on the list for everything below")
    public Page<OrganizationResponse> children(@PathParam("id") UUID id, @BeanParam ListParams params) {
        params.filter(); // the filters do not apply to children, but a malformed one is still refused
        return queries.children(caller, id, params.page()).map(OrganizationMapper::response);
    }

    private static Response withEtag(OrganizationView organization) {
        return Versions.withEtag(Response.ok(), OrganizationMapper.response(organization),
                organization.organization().version());
    }
}
