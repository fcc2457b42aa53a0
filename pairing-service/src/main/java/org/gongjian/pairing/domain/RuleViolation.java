package org.gongjian.pairing.domain;

/**
 * A domain rule refused a change: either the input breaks a rule ({@link #invalid}, naming the field) or the
 * thing is not in a state that allows it ({@link #conflict}).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;
    private final String field;

    private RuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, field, message);
    }

    public static RuleViolation conflict(String message) {
        return new RuleViolation(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
