package org.gongjian.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.notification.service.InboxOwner;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;

/** The inbox of the calling person, from their token's roles, {@code district}, {@code org} and {@code email}. */
@RequestScoped
public class Owners {

    private final Caller caller;

    Owners(Caller caller) {
        this.caller = caller;
    }

    public InboxOwner current() {
        String district = caller.requireDistrict();
        String email = caller.email().orElse(null);
        if (caller.isDistrictAdmin()) {
            return InboxOwner.of(RecipientRole.COMMITTEE, district, null, email);
        }
        if (caller.is(Role.BRANCH_SECRETARY)) {
            return InboxOwner.of(RecipientRole.SECRETARY, district, caller.organization().orElse(null), email);
        }
        if (caller.is(Role.ENTERPRISE_CONTACT)) {
            return InboxOwner.of(RecipientRole.LIAISON, district, caller.organization().orElse(null), email);
        }
        throw ProblemException.forbidden("Your account has no inbox");
    }
}
