package org.gongjian.pairing.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongjian.pairing.domain.RuleViolation;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A broken domain rule answers like any other problem: 400 naming the field, or 409. Also maps Jackson's
 * {@link MismatchedInputException} (e.g. an unknown enum value), for which Quarkus REST's own built-in mapper would
 * otherwise win over platform-rest's {@code JsonProcessingException} mapper and answer plain JSON.
 */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response map(RuleViolation violation, HttpHeaders headers, UriInfo uri) {
        ProblemException problem = violation.kind() == RuleViolation.Kind.INVALID
                ? ProblemException.invalid(violation.field(), violation.getMessage())
                : ProblemException.conflict(violation.getMessage());
        return respond(problem, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                : "has an unreadable value";
        return respond(ProblemException.invalid(path(e), message), headers, uri);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static Response respond(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem("https://gongjian.org/problems/" + problem.kind(),
                        ProblemTitles.title(problem.kind(), headers.getAcceptableLanguages()), problem.status(),
                        problem.getMessage(), uri.getPath(), problem.errors()))
                .build();
    }
}
