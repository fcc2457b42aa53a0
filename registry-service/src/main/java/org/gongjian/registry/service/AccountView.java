package org.gongjian.registry.service;

import org.gongjian.registry.domain.Account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as read: whose it is, its role and state. */
public record AccountView(UUID organizationId, String person, String role, AccountStatus state, String username,
        OffsetDateTime invitedAt) {

    static AccountView of(Account account) {
        return new AccountView(account.organizationId, account.person, account.role, AccountStatus.of(account.state),
                account.email, account.invitedAt);
    }
}
