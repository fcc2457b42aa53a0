package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.ReceiptService;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.QueryParams;
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

    /**
     * One receipt: who ({@code organizationId}, role, name) was asked to acknowledge which notice ({@code title}) of which
     * pairing, and whether and when it did. {@code overdue}: still pending after the reminder delay.
     */
    public record ReceiptResponse(UUID noticeId, String type, UUID pairingId, String title, UUID organizationId,
            String recipientRole, String recipientName, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt,
            String status, boolean overdue) {
    }

    @GET
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN})
    @Operation(summary = "Who has and has not acknowledged the district's pairing notices",
            description = "Each recipient of a receipt-requiring notice with acknowledgedAt, or pending; of one pairing "
                    + "(pairingId) or of the whole district. status=PENDING or ACKNOWLEDGED, overdue=true (pending longer "
                    + "than the reminder delay); oldest first by default, so the overdue ones lead")
    public Page<ReceiptResponse> list(@QueryParam("pairingId") String pairingId, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("district") String district,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        ReceiptStatus wanted = QueryParams.enumeration("status", status, ReceiptStatus.class);
        var filter = new ReceiptService.ReceiptFilter(QueryParams.uuid("pairingId", pairingId),
                wanted == null ? null : wanted == ReceiptStatus.PENDING,
                Boolean.TRUE.equals(QueryParams.bool("overdue", overdue)));
        String readable = readableDistrict(district);
        return receipts.list(readable, filter, PageQuery.of(page, size, sort, SORTABLE, "createdAt,asc"))
                .map(NotificationMapper::receipt);
    }

    /** Where a receipt stands. */
    public enum ReceiptStatus {
        PENDING, ACKNOWLEDGED
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
