package org.gongjian.registry.service;

import org.gongjian.rest.Caller;
import org.gongjian.rest.Role;

/** Phones and e-mails are shown only to roles that work with people; a dashboard reader never sees them. */
public final class PersonalData {

    private PersonalData() {
    }

    public static boolean visibleTo(Caller caller) {
        return caller.isCityAdmin() || caller.isDistrictAdmin() || caller.is(Role.BRANCH_SECRETARY)
                || caller.is(Role.ENTERPRISE_CONTACT);
    }
}
