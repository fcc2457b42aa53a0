package org.gongjian.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value outside the {@link Bounds}; Jackson adds the field's path, the problem mapper names it. */
public class RefusedValueException extends MismatchedInputException {

    private final Message reason;

    public RefusedValueException(JsonParser parser, Message reason, Class<?> targetType) {
        super(parser, reason.toString(), targetType);
        this.reason = reason;
    }

    /** What is wrong with the value, read in the caller's language when answering. */
    public Message reason() {
        return reason;
    }
}
