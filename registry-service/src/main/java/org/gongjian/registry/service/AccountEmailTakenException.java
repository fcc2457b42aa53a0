package org.gongjian.registry.service;

/**
 * Keycloak already gives the address to another person's account: the realm keeps one account per address, so two
 * people of the register who share a mailbox cannot both have one with it. Answered 409 naming {@link #field()}.
 */
public class AccountEmailTakenException extends RuntimeException {

    private final String field;

    public AccountEmailTakenException(String field, String email) {
        super("Keycloak already has an account for " + email + " that is not this person's");
        this.field = field;
    }

    /** The field of the request that holds the address: {@code email}, {@code secretary.email}, {@code contacts[1].email}. */
    public String field() {
        return field;
    }
}
