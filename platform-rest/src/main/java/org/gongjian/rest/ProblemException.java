package org.gongjian.rest;

import java.util.List;

/**
 * A refusal that answers as a problem response. {@code kind} names the problem type
 * ({@code https://gongjian.org/problems/<kind>}) and its title in the message bundle.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String kind, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String kind, String detail) {
        this(status, kind, detail, List.of());
    }

    /** 404: also the answer for anything outside the caller's scope, so that its existence is not revealed. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", what + " " + id + " was not found");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** 409: the request is well formed but the thing is not in a state that allows it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", detail);
    }

    /** 403: the caller may see the thing but not do this to it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
