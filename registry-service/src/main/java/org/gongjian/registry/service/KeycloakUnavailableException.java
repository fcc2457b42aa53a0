package org.gongjian.registry.service;

/** Keycloak did not answer, or answered with a server error: nothing may be left half-made. */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeycloakUnavailableException(String message) {
        super(message);
    }
}
