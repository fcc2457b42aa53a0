package org.gongjian.registry.domain;

/** Where a person's account stands: invited (Keycloak's e-mail sent, password not yet set), active, or disabled. */
public enum AccountState {
    INVITED,
    ACTIVE,
    DISABLED
}
