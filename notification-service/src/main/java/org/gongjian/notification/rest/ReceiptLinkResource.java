package org.gongjian.notification.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
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
import org.gongjian.notification.service.ReceiptService;
import org.gongjian.notification.service.ReceiptService.LinkView;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;
import org.gongjian.rest.operationlog.OperationSubject;

import java.util.Locale;

/**
 * The acknowledgement link of an e-mail: no login, the signed token is the proof. A GET only shows the notice with a
 * "签收" button, so that a mail scanner or a link preview that opens the link signs for no one; the button's POST
 * acknowledges. Both answer a small page in the reader's language (zh-CN by default): 200, 409 when the POST finds
 * the notice already acknowledged (a link acts once), 404 for a token not signed here for that notice's recipient, 410 for an
 * expired one.
 */
@Path("/r")
@PermitAll
@Tag(name = "Receipts")
public class ReceiptLinkResource {

    private static final Texts TEXTS = Texts.of("notification");

    private final ReceiptService receipts;
    private final Template page;
    private final OperationSubject operation;

    ReceiptLinkResource(ReceiptService receipts, @Location("receipt.html") Template page, OperationSubject operation) {
        this.receipts = receipts;
        this.page = page;
        this.operation = operation;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The page of the signed link in a notice's e-mail: the notice and a button that acknowledges it; changes nothing")
    public Response show(@PathParam("token") String token, @Context HttpHeaders headers) {
        LinkView view = receipts.inspectLink(token);
        return answer(view, status(view, false), Languages.of(headers));
    }

    @POST
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Acknowledge a notice from the signed link in its e-mail (the page's button)")
    public Response acknowledge(@PathParam("token") String token, @Context HttpHeaders headers) {
        LinkView view = receipts.acknowledgeByLink(token);
        // no account signs a link's request: its entry in the operation log takes the notice's district and organization
        operation.about(view.district(), view.organizationId(), view.noticeId());
        return answer(view, status(view, true), Languages.of(headers));
    }

    /** Showing an acknowledged notice is no conflict; acknowledging it again is. */
    private static int status(LinkView view, boolean acting) {
        return switch (view.outcome()) {
            case PENDING, ACKNOWLEDGED -> 200;
            case ALREADY_ACKNOWLEDGED -> acting ? 409 : 200;
            case EXPIRED -> 410;
            case INVALID -> 404;
        };
    }

    private Response answer(LinkView view, int status, Locale language) {
        String outcome = view.outcome().name();
        String html = page.data("lang", language.toLanguageTag())
                .data("outcome", outcome)
                .data("pageTitle", TEXTS.pattern(language, "receipt-page.title"))
                .data("heading", TEXTS.pattern(language, "receipt-page." + outcome + ".heading"))
                .data("message", TEXTS.pattern(language, "receipt-page." + outcome + ".message"))
                .data("noticeTitle", view.title())
                .data("button", TEXTS.pattern(language, "receipt-page.button"))
                .render();
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
