package org.gongjian.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.notification.service.InboxOwner;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;

/** The inbox of the calling person, from their token's roles, {@code district}, {@code org} and {@code email}. */
@RequestScoped
public class Owners {

    private final Caller caller;
    private final JsonWebToken token;

    Owners(Caller caller, JsonWebToken token) {
        this.caller = caller;
        this.token = token;
    }

    public InboxOwner current() {
        String district = caller.requireDistrict();
        String email = token.getClaim("email");
        if (caller.isDistrictAdmin()) {
            return InboxOwner.of(RecipientRole.COMMITTEE, district, null, null);
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
