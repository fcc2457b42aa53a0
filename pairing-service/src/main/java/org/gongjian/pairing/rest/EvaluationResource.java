package org.gongjian.pairing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.service.EvaluationService;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Role;

import java.util.List;
import java.util.UUID;

@Path("/api/pairings/{pairingId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Scores from weighted parts, ratings")
public class EvaluationResource {

    private final EvaluationService evaluations;

    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @RolesAllowed(Role.DISTRICT_ADMIN)
    @Operation(summary = "Evaluate a pairing", description = "Score = 40% cadence kept + 20% confirmed activities + "
            + "20% demands resolved on time + 20% mutual ratings; ≥90 EXCELLENT, ≥75 GOOD, ≥60 FAIR, else POOR.")
    public Response evaluate(@PathParam("pairingId") UUID pairingId, @NotNull @Valid EvaluationRequest request,
            @Context HttpHeaders headers) {
        Evaluation evaluation = evaluations.evaluate(pairingId, request.leadRating(), request.partnerRating(),
                request.remarks(), request.periodStart(), request.periodEnd());
        return Response.status(Response.Status.CREATED)
                .entity(EvaluationResponse.of(evaluation, Languages.of(headers))).build();
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER, Role.BRANCH_SECRETARY,
            Role.ENTERPRISE_CONTACT})
    @Operation(summary = "A pairing's evaluations, latest first")
    public List<EvaluationResponse> list(@PathParam("pairingId") UUID pairingId, @Context HttpHeaders headers) {
        return evaluations.of(pairingId).stream().map(evaluation -> EvaluationResponse.of(evaluation, Languages.of(headers)))
                .toList();
    }
}
