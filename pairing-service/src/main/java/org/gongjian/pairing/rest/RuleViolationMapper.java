package org.gongjian.pairing.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.pairing.domain.RuleViolation;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A broken domain rule answers like any other problem: 400 naming the field, or 409. */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response map(RuleViolation violation, HttpHeaders headers, UriInfo uri) {
        ProblemException problem = violation.kind() == RuleViolation.Kind.INVALID
                ? ProblemException.invalid(violation.field(), violation.getMessage())
                : ProblemException.conflict(violation.getMessage());
        return ProblemMappers.toResponse(problem, headers, uri);
    }
}
