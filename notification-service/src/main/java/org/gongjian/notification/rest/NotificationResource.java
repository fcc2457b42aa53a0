package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.InboxService;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.util.Set;
import java.util.UUID;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The caller's notices")
@RolesAllowed({Role.DISTRICT_ADMIN, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT})
public class NotificationResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "type", "readAt");

    private final InboxService inbox;

    NotificationResource(InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "The caller's inbox, newest first; unread=true for unread notices only")
    public Page<NoticeResponse> list(@QueryParam("unread") boolean unread, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return inbox.list(unread, PageQuery.of(page, size, sort, SORTABLE, "createdAt,desc"))
                .map(NotificationMapper::notice);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notice read")
    public NoticeResponse read(@PathParam("id") UUID id) {
        return NotificationMapper.notice(inbox.markRead(id));
    }

    @POST
    @Path("/{id}/receipt")
    @Operation(summary = "Acknowledge a notice that asks for a receipt (签收)")
    public NoticeResponse acknowledge(@PathParam("id") UUID id) {
        return NotificationMapper.notice(inbox.acknowledge(id));
    }
}
