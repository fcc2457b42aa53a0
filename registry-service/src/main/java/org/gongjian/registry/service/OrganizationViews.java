package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.rest.Caller;
import org.gongjian.rest.Page;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organizations as a caller may see them ({@link OrganizationView}), for the use cases that answer them. */
@ApplicationScoped
class OrganizationViews {

    private final AccountStates accounts;

    OrganizationViews(AccountStates accounts) {
        this.accounts = accounts;
    }

    OrganizationView of(Caller caller, OrganizationSnapshot organization) {
        boolean personal = PersonalData.visibleTo(caller);
        return OrganizationView.of(organization, personal, personal ? accounts.of(organization) : null);
    }

    Page<OrganizationView> of(Caller caller, Page<OrganizationSnapshot> page) {
        boolean personal = PersonalData.visibleTo(caller);
        Map<UUID, OrganizationAccounts> states = personal ? accounts.of(page.items()) : Map.of();
        return page.map(organization -> OrganizationView.of(organization, personal, states.get(organization.id())));
    }

    /** For an export: the organizations, their phones and e-mails left out for a caller who may not see them. */
    List<OrganizationSnapshot> forExport(Caller caller, List<OrganizationSnapshot> organizations) {
        return PersonalData.visibleTo(caller) ? organizations
                : organizations.stream().map(OrganizationView::withoutPersonalData).toList();
    }
}
