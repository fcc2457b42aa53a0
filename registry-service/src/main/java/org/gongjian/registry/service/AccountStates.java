package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.AccountState;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The account state of each person of some organizations, for their answers: a live account (invited or active)
 * wins over a disabled one; a person without either has none.
 */
@ApplicationScoped
public class AccountStates {

    /** Per organization, per person ({@code secretary} or a contact's id); a read, without a transaction of its own. */
    public Map<UUID, Map<String, AccountState>> of(Collection<UUID> organizationIds) {
        Map<UUID, Map<String, AccountState>> states = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return states;
        }
        List<Account> accounts = Account.list("organizationId in ?1 order by invitedAt", organizationIds);
        for (Account account : accounts) {
            Map<String, AccountState> ofOrganization = states.computeIfAbsent(account.organizationId, id -> new HashMap<>());
            AccountState known = ofOrganization.get(account.person);
            if (known == null || known == AccountState.DISABLED) {
                ofOrganization.put(account.person, account.state);
            }
        }
        return states;
    }
}
