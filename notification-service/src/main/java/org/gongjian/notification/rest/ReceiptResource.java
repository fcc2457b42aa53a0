package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.domain.Notice;
import org.gongjian.notification.service.ReceiptService;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

@Path("/api/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receipts", description = "Who has and has not acknowledged pairing notices")
public class ReceiptResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "acknowledgedAt", "recipientName");

    private final ReceiptService receipts;
    private final Caller caller;

    ReceiptResource(ReceiptService receipts, Caller caller) {
        this.receipts = receipts;
        this.caller = caller;
    }

    public record ReceiptResponse(UUID noticeId, String type, UUID organizationId, String recipientRole,
            String recipientName, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt, String status) {
        static ReceiptResponse of(Notice notice) {
            return new ReceiptResponse(notice.id, notice.type.name(), notice.organizationId, notice.recipientRole.name(),
                    notice.recipientName, notice.createdAt, notice.acknowledgedAt,
                    notice.acknowledgedAt == null ? "PENDING" : "ACKNOWLEDGED");
        }
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN})
    @Operation(summary = "Each recipient of a pairing's notices with acknowledgedAt, or pending")
    public Page<ReceiptResponse> ofPairing(@QueryParam("pairingId") UUID pairingId, @QueryParam("district") String district,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        if (pairingId == null) {
            throw ProblemException.invalid("pairingId", "is required");
        }
        return receipts.ofPairing(readableDistrict(district), pairingId,
                PageQuery.of(page, size, sort, SORTABLE, "createdAt,asc")).map(ReceiptResponse::of);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.DASHBOARD_READER})
    @Operation(summary = "How many receipts the district asked for, and how many are acknowledged or pending")
    public ReceiptService.Summary summary(@QueryParam("district") String district) {
        return receipts.summary(readableDistrict(district));
    }

    private String readableDistrict(String requested) {
        return caller.requireDistrictToRead(requested);
    }
}
