package org.gongjian.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.registry.service.AccountEmailTakenException;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemMappers;
import org.gongjian.rest.Texts;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** An address another person's account already has: 409 naming the field, in the reader's language. */
public class AccountEmailTakenMapper {

    private static final Texts TEXTS = Texts.of("registry");

    @ServerExceptionMapper
    public Response taken(AccountEmailTakenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        Problem problem = ProblemMappers.problem(409, "conflict", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), TEXTS.get(locale, "account.email-taken"))), locale, uri.getPath());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
