package org.gongjian.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every failure leaves a service as {@code application/problem+json}: validation errors name the field, nothing
 * internal (no stack trace, no SQL) reaches the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "https://gongjian.org/problems/";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return toResponse(e, headers, uri);
    }

    /** The answer for a problem, for a service's own mapper of a domain exception. */
    public static Response toResponse(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        return respond(e.status(), e.kind(), e.detail(locale), e.errors(locale), headers, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ProblemException.Field> fields = e.getConstraintViolations().stream()
                .map(violation -> new ProblemException.Field(field(violation), ConstraintMessages.of(violation)))
                .sorted(Comparator.comparing(ProblemException.Field::field))
                .toList();
        return toResponse(new ProblemException(400, "validation", (Message) null, fields), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return toResponse(ProblemException.invalid(duplicate, ProblemTitles.field("duplicate")), headers, uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return toResponse(ProblemException.invalid(field, mappingMessage(mapping)), headers, uri);
        }
        Message detail = e.getLocation() == null ? ProblemTitles.detail("malformed")
                : ProblemTitles.detail("malformed-at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return toResponse(new ProblemException(400, "malformed", detail), headers, uri);
    }

    /** Quarkus REST has a built-in mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return toResponse(new ProblemException(412, "stale", ProblemTitles.detail("stale")), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return toResponse(ProblemException.forbidden(ProblemTitles.detail("forbidden")), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return toResponse(new ProblemException(401, "unauthorized", ProblemTitles.detail("unauthorized")), headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps a body it cannot parse (a duplicate key, broken JSON) in a bare 400
            return unreadable(unreadable, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return toResponse(new ProblemException(status, "error", ProblemTitles.detail("error")), headers, uri);
        }
        return respond(status, kindOf(status), e.getMessage(), List.of(), headers, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("The database is out of reach: %s", e.toString());
            return Response.fromResponse(toResponse(new ProblemException(503, "unavailable", ProblemTitles.detail("unavailable")),
                    headers, uri)).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", e);
        return toResponse(new ProblemException(500, "error", ProblemTitles.detail("error")), headers, uri);
    }

    /** A PostgreSQL restart takes seconds. */
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private static Response respond(int status, String kind, String detail, List<Problem.FieldError> errors,
            HttpHeaders headers, UriInfo uri) {
        Problem problem = problem(status, kind, detail, errors, Languages.of(headers), uri.getPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The problem a failure answers with, for a writer outside JAX-RS (a Vert.x route): same type, title and shape. */
    public static Problem problem(int status, String kind, String detail, List<Problem.FieldError> errors, Locale locale,
            String path) {
        return new Problem(TYPE_PREFIX + kind, ProblemTitles.title(kind, locale), status, detail, path, errors);
    }

    /** The problem a refusal answers with, its detail and field messages read in the language given. */
    public static Problem problem(ProblemException e, Locale locale, String path) {
        return problem(e.status(), e.kind(), e.detail(locale), e.errors(locale), locale, path);
    }

    /**
     * Answers a refusal on a Vert.x route (one that runs before the REST layer, where these mappers never see it):
     * the same problem, in the request's language. {@code extensions} are members added beside the problem's own
     * (RFC 9457 extension members, such as the gateway's {@code service}). Nothing happens once an answer has begun.
     */
    public static void write(RoutingContext context, ProblemException e, Map<String, Object> extensions) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Locale locale = Languages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject body = JsonObject.mapFrom(problem(e, locale, context.request().path()));
        extensions.forEach(body::put);
        response.setStatusCode(e.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body.encode());
    }

    public static void write(RoutingContext context, ProblemException e) {
        write(context, e, Map.of());
    }

    private static String kindOf(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> "error";
        };
    }

    /** {@code create.request.contacts[0].email} → {@code contacts[0].email}: the method and parameter go. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> {
                    if (!nodes.hasNext()) {
                        names.add(node.getName());
                    }
                }
                default -> {
                    // An index or key belongs to the container the node sits in: attendance[0].full
                    if (node.isInIterable() && !names.isEmpty()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (at != null) {
                            names.set(names.size() - 1, names.getLast() + "[" + at + "]");
                        }
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null
                            && !node.getName().isEmpty()) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names).replace(".[", "[");
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The path of a key that an object repeats ({@code contacts[0].name}), or {@code null}. */
    static String duplicateKey(JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof StreamReadException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof StreamReadException read) || read.getProcessor() == null
                || read.getOriginalMessage() == null || !read.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = read.getProcessor().getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            String step = context.inArray() ? "[" + context.getCurrentIndex() + "]"
                    : (context.getParent() != null && context.getParent().inRoot() ? "" : ".") + context.getCurrentName();
            path.insert(0, step);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static Message mappingMessage(JsonMappingException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && java.time.temporal.Temporal.class.isAssignableFrom(invalid.getTargetType())) {
            return timeShape(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && java.time.temporal.Temporal.class.isAssignableFrom(mismatched.getTargetType())) {
            return timeShape(mismatched.getTargetType());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return ProblemTitles.field("one-of", Arrays.toString(invalid.getTargetType().getEnumConstants()));
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return ProblemTitles.field("type", describe(mismatched.getTargetType()));
        }
        return ProblemTitles.field("unreadable");
    }

    private static Message timeShape(Class<?> type) {
        return ProblemTitles.field(type == java.time.LocalDate.class ? "date" : "date-time");
    }

    private static Object describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return ProblemTitles.typeName("integer");
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return ProblemTitles.typeName("array");
        }
        if (type == String.class) {
            return ProblemTitles.typeName("string");
        }
        if (type == Boolean.class || type == boolean.class) {
            return ProblemTitles.typeName("boolean");
        }
        return type.getSimpleName();
    }
}
