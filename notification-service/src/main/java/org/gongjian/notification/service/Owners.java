package org.gongjian.notification.service;

import jakarta.enterprise.context.RequestScoped;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;

import java.util.List;
import java.util.UUID;

/**
 * The inbox of the calling person, from their token's roles, {@code district}, {@code org}, and the account itself
 * ({@code sub}, bound to contacts by the register; else the token's {@code email}). The inbox and preference use cases
 * ({@link InboxService}, {@link PreferenceService}) are given it and read it themselves: a resource hands them only
 * what the request says.
 */
@RequestScoped
public class Owners {

    private static final Texts TEXTS = Texts.of("notification");

    private final Caller caller;
    private final AccountBindings bindings;

    Owners(Caller caller, AccountBindings bindings) {
        this.caller = caller;
        this.bindings = bindings;
    }

    public InboxOwner current() {
        String district = caller.requireDistrict();
        String email = caller.email().orElse(null);
        if (caller.isDistrictAdmin()) {
            return InboxOwner.of(RecipientRole.COMMITTEE, district, null, email);
        }
        UUID organization = caller.organization().orElse(null);
        if (caller.is(Role.BRANCH_SECRETARY)) {
            return InboxOwner.of(RecipientRole.SECRETARY, district, organization, email,
                    bindings.contactsOf(organization, caller.subject()), bindings.boundContacts(organization));
        }
        if (caller.is(Role.ENTERPRISE_CONTACT)) {
            List<UUID> own = bindings.contactsOf(organization, caller.subject());
            InboxOwner owner = InboxOwner.of(RecipientRole.LIAISON, district, organization, email, own,
                    bindings.boundContacts(organization));
            // an account made by hand keeps its preferences with the contact that has its address
            return own.isEmpty() ? owner.withPreferencesOf(bindings.unboundContactsWithEmail(organization, email)) : owner;
        }
        throw ProblemException.forbidden(TEXTS.message("access.no-inbox"));
    }
}
