package org.gongjian.registry.service;

import org.gongjian.registry.domain.Person;

import java.util.Map;
import java.util.UUID;

/** The account of each person of one organization as its answer shows it; a person without one has {@code NONE}. */
public record OrganizationAccounts(Map<String, AccountStatus> byPerson) {

    public static final OrganizationAccounts NONE = new OrganizationAccounts(Map.of());

    public OrganizationAccounts {
        byPerson = Map.copyOf(byPerson);
    }

    public AccountStatus secretary() {
        return of(Person.SECRETARY);
    }

    public AccountStatus contact(UUID contactId) {
        return of(contactId.toString());
    }

    private AccountStatus of(String person) {
        return byPerson.getOrDefault(person, AccountStatus.NONE);
    }
}
