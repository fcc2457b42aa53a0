package org.gongjian.rest.operationlog;

/** Names shared by the operation log's parts. */
public final class OperationLog {

    /**
     * Build property: {@code false} leaves the operation log out of an application that keeps no database (the
     * gateway); every service has it.
     */
    public static final String ENABLED = "gongjian.operation-log.enabled";

    private OperationLog() {
    }
}
