package org.gongjian.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.registry.service.ImportTimeoutException;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemMappers;
import org.gongjian.rest.Texts;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** An import that ran past its transaction timeout: 503, saying that nothing was imported and what to do. */
public class ImportTimeoutMapper {

    private static final Logger LOG = Logger.getLogger(ImportTimeoutMapper.class);
    private static final Texts TEXTS = Texts.of("registry");

    @ServerExceptionMapper
    public Response timedOut(ImportTimeoutException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf(e.getCause(), "Nothing imported: %s", e.getMessage());
        Locale locale = Languages.of(headers);
        Problem problem = ProblemMappers.problem(503, "unavailable", TEXTS.get(locale, "import.timeout", e.seconds()),
                List.of(), locale, uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "60").entity(problem).build();
    }
}
