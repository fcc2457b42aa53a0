package org.gongjian.registry.service;

/** An import that ran past its transaction timeout: it was rolled back, nothing of it was written. */
public class ImportTimeoutException extends RuntimeException {

    private final long seconds;

    public ImportTimeoutException(long seconds, Throwable cause) {
        super("The import ran past its transaction timeout of " + seconds + " s and was rolled back", cause);
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }
}
