package org.gongjian.registry.service;

import org.gongjian.registry.domain.AccountState;

/** A person's account as an answer shows it: invited, active, disabled, or none. */
public enum AccountStatus {
    NONE,
    INVITED,
    ACTIVE,
    DISABLED;

    static AccountStatus of(AccountState state) {
        return valueOf(state.name());
    }
}
