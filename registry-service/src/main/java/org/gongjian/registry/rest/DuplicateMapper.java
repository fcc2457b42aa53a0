package org.gongjian.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.registry.service.DuplicateOrganizationException;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Problem;
import org.gongjian.rest.Texts;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** Answers a second registration of an enterprise with a 409 problem naming the organization already registered. */
public class DuplicateMapper {

    private static final Texts TEXTS = Texts.of("registry");

    @ServerExceptionMapper
    public Response duplicate(DuplicateOrganizationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        String message = TEXTS.get(locale, "duplicate.credit-code", e.existing().name(), e.existing().id());
        DuplicateProblem problem = new DuplicateProblem(DuplicateProblem.TYPE, TEXTS.get(locale, "duplicate.title"), 409,
                e.getMessage(), uri.getPath(), List.of(new Problem.FieldError("hostUnit.creditCode", message)),
                new DuplicateProblem.Existing(e.existing().id(), e.existing().name()));
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
