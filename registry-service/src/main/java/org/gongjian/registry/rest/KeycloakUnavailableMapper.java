package org.gongjian.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.registry.service.KeycloakUnavailableException;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemMappers;
import org.gongjian.rest.Texts;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** Keycloak unreachable while making an account: 503, saying that nothing was made and to try again. */
public class KeycloakUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(KeycloakUnavailableMapper.class);
    private static final Texts TEXTS = Texts.of("registry");

    @ServerExceptionMapper
    public Response unavailable(KeycloakUnavailableException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("No account made: %s", e.getMessage());
        Locale locale = Languages.of(headers);
        Problem problem = ProblemMappers.problem(503, "unavailable", TEXTS.get(locale, "account.keycloak-unavailable"),
                List.of(), locale, uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "30").entity(problem).build();
    }
}
