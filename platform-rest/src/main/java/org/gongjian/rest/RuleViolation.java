package org.gongjian.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A domain rule refused a change: the input breaks a rule ({@link #invalid}, 400 naming each field) or the thing is
 * not in a state that allows it ({@link #conflict}, 409). Aggregates and their rules throw it; it answers like any
 * other problem. Scope and existence (403, 404) stay {@link ProblemException}s of the service layer.
 */
public class RuleViolation extends ProblemException {

    private RuleViolation(int status, String kind, String detail, List<Problem.FieldError> errors) {
        super(status, kind, detail, errors);
    }

    private RuleViolation(int status, String kind, Message detail, List<Field> fields) {
        super(status, kind, detail, fields);
    }

    /** The input breaks a rule; the message is read in the caller's language. */
    public static RuleViolation invalid(String field, Message message) {
        return new RuleViolation(400, "validation", (Message) null, List.of(new Field(field, message)));
    }

    /** The thing is not in a state that allows the change; the detail is read in the caller's language. */
    public static RuleViolation conflict(Message detail) {
        return new RuleViolation(409, "conflict", detail, List.of());
    }

    public static RuleViolation invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static RuleViolation invalid(List<Problem.FieldError> broken) {
        String detail = broken.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new RuleViolation(400, "validation", detail, broken);
    }

    public static RuleViolation conflict(String message) {
        return new RuleViolation(409, "conflict", message, List.of());
    }

    /** The first field the input breaks a rule in; {@code null} for a conflict. */
    public String field() {
        return errors().isEmpty() ? null : errors().get(0).field();
    }

    /** Refuses with one answer naming every broken field, when there is any; the messages are read in the caller's language. */
    public static void rejectAnyBroken(List<Field> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolation(400, "validation", (Message) null, broken);
        }
    }

    /** Refuses with one answer naming every broken field, when there is any. */
    public static void rejectAny(List<Problem.FieldError> broken) {
        if (!broken.isEmpty()) {
            throw invalid(broken);
        }
    }
}
