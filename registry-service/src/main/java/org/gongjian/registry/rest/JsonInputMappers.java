package org.gongjian.registry.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.rest.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * quarkus-rest-jackson maps {@link MismatchedInputException} (wrong types, unknown enum values) itself, with a
 * body that is no problem response; this sends it to the platform's mapper, which names the field.
 * (Belongs in platform-rest; kept here until it is there.)
 */
public class JsonInputMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return problems.unreadable(e, headers, uri);
    }
}
