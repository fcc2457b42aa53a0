package org.gongjian.messaging;

/**
 * A record no retry can make readable. The consumer's failure strategy sends it to {@code <topic>.dlq}.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
