package org.gongjian.events;

/** A CloudEvents {@code type} that these contracts do not define (or no longer define). */
public class UnknownEventTypeException extends IllegalArgumentException {

    private final String type;

    public UnknownEventTypeException(String type) {
        super("Unknown event type: " + type);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
