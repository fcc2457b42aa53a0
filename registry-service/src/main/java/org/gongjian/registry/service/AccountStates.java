package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
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

    /** The account of each person of one organization as shown. */
    @WithSpan
    public OrganizationAccounts of(OrganizationSnapshot organization) {
        return of(List.of(organization)).get(organization.id());
    }

    /** Per organization, the account of each of its people as shown; a read, without a transaction of its own. */
    @WithSpan
    public Map<UUID, OrganizationAccounts> of(Collection<OrganizationSnapshot> organizations) {
        Map<UUID, OrganizationAccounts> shown = new HashMap<>();
        if (organizations.isEmpty()) {
            return shown;
        }
        Map<UUID, Map<String, AccountState>> states = states(organizations.stream().map(OrganizationSnapshot::id).toList());
        for (OrganizationSnapshot organization : organizations) {
            boolean dissolved = organization.status() == OrganizationStatus.DISSOLVED;
            Map<String, AccountStatus> byPerson = new HashMap<>();
            states.getOrDefault(organization.id(), Map.of()).forEach((person, state) -> byPerson.put(person, shown(state, dissolved)));
            shown.put(organization.id(), new OrganizationAccounts(byPerson));
        }
        return shown;
    }

    private static Map<UUID, Map<String, AccountState>> states(List<UUID> organizationIds) {
        Map<UUID, Map<String, AccountState>> states = new HashMap<>();
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

    /**
     * A disabled account shows while the organization is dissolved; a secretary who took over from one whose account
     * was disabled has none yet.
     */
    private static AccountStatus shown(AccountState state, boolean dissolved) {
        return state == AccountState.DISABLED && !dissolved ? AccountStatus.NONE : AccountStatus.of(state);
    }
}
