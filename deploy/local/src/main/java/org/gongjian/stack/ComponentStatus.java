package org.gongjian.stack;

/**
 * What {@code status} reports for one component.
 *
 * @param name     e.g. {@code postgres}, {@code gateway}
 * @param state    see {@link State}
 * @param pid      the process the stack started, or -1
 * @param endpoint where to reach it
 * @param detail   a short explanation (why it is not running, what is missing)
 */
public record ComponentStatus(String name, State state, long pid, String endpoint, String detail) {

    public enum State {
        /** started by this stack and answering its health check */
        READY,
        /** started by this stack, not (yet) answering its health check */
        NOT_READY,
        /** not running */
        STOPPED,
        /** a service whose jar has not been built */
        NOT_BUILT,
        /** not started by this stack, but something else holds its port */
        PORT_TAKEN
    }
}
