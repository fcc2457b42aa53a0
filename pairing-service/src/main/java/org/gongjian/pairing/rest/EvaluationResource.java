package org.gongjian.pairing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.pairing.service.EvaluationService;
import org.gongjian.pairing.service.EvaluationView;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.util.List;
import java.util.UUID;

@Path("/api/pairings/{pairingId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Drafts, the sides' ratings of each other, the committee's finalization")
public class EvaluationResource {

    private final EvaluationService evaluations;

    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Open a draft evaluation", description = "The sides are asked to rate each other "
            + "(pairing.evaluation-requested); the score's parts are weighted by configuration. Ratings are no longer "
            + "typed here (400 naming leadRating / partnerRating).")
    public Response open(@PathParam("pairingId") UUID pairingId, @NotNull @Valid EvaluationRequest request,
            @Context HttpHeaders headers) {
        EvaluationView evaluation =
                evaluations.open(pairingId, request.remarks(), request.periodStart(), request.periodEnd());
        return Versions.withEtag(Response.status(Response.Status.CREATED),
                EvaluationMapper.response(evaluation, Languages.of(headers)), evaluation.version());
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "A pairing's evaluations, latest first (drafts and final ones)")
    public List<EvaluationResponse> list(@PathParam("pairingId") UUID pairingId, @Context HttpHeaders headers) {
        return evaluations.of(pairingId).stream()
                .map(evaluation -> EvaluationMapper.response(evaluation, Languages.of(headers))).toList();
    }

    @GET
    @Path("{evaluationId}")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "One evaluation, with the ETag that rating and finalizing send back in If-Match")
    public Response read(@PathParam("pairingId") UUID pairingId, @PathParam("evaluationId") UUID evaluationId,
            @Context HttpHeaders headers) {
        EvaluationView evaluation = evaluations.one(pairingId, evaluationId);
        return Versions.withEtag(Response.ok(),
                EvaluationMapper.response(evaluation, Languages.of(headers)), evaluation.version());
    }

    @POST
    @Path("{evaluationId}/ratings")
    @RolesAllowed(Role.BRANCH_SECRETARY)
    @Operation(summary = "Rate the other side (a member organization's secretary)", description = "1–5 with remarks, "
            + "once per organization: a second rating replaces the first while the evaluation is a draft (409 once "
            + "final). Requires If-Match (428 / 412).")
    public Response rate(@PathParam("pairingId") UUID pairingId, @PathParam("evaluationId") UUID evaluationId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RatingRequest request, @Context HttpHeaders headers) {
        EvaluationView evaluation =
                evaluations.rate(pairingId, evaluationId, ifMatch, request.rating(), request.remarks());
        return Versions.withEtag(Response.ok(),
                EvaluationMapper.response(evaluation, Languages.of(headers)), evaluation.version());
    }

    @POST
    @Path("{evaluationId}/finalization")
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Finalize a draft (the committee)", description = "Scores it from today's figures and the "
            + "ratings given, publishes pairing.evaluated; only final evaluations are ranked. Requires If-Match.")
    public Response finalizeDraft(@PathParam("pairingId") UUID pairingId, @PathParam("evaluationId") UUID evaluationId,
            @HeaderParam("If-Match") String ifMatch, @Valid FinalizationRequest request, @Context HttpHeaders headers) {
        EvaluationView evaluation =
                evaluations.finalize(pairingId, evaluationId, ifMatch, request == null ? null : request.remarks());
        return Versions.withEtag(Response.ok(),
                EvaluationMapper.response(evaluation, Languages.of(headers)), evaluation.version());
    }
}
