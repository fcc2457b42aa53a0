package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and do what to a pairing. The committee (district-admin) manages its district; city-admin and
 * dashboard-reader read; secretaries and liaisons see the pairings their organization is in. Anything else is 404.
 */
@ApplicationScoped
public class PairingAccess {

    private static final Texts TEXTS = Texts.of("pairing");

    private final Caller caller;

    PairingAccess(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    /** The pairing, if the caller may read it; 404 otherwise. */
    public Pairing readable(UUID id) {
        Pairing pairing = Pairing.findById(id);
        if (pairing == null || !canRead(pairing)) {
            throw ProblemException.notFound("Pairing", id);
        }
        return pairing;
    }

    /** The pairing, if the caller is the committee of its district; 404 when unseen, 403 when only readable. */
    public Pairing managed(UUID id) {
        Pairing pairing = readable(id);
        if (!isCommitteeOf(pairing.district)) {
            throw ProblemException.forbidden(TEXTS.message("access.committee-only"));
        }
        return pairing;
    }

    public boolean canRead(Pairing pairing) {
        if (caller.isCityAdmin()) {
            return true;
        }
        if (!inDistrict(pairing.district)) {
            return false;
        }
        if (caller.isDistrictAdmin() || caller.is(Role.DASHBOARD_READER)) {
            return true;
        }
        return isOrganizationUser() && memberOrganization(pairing).isPresent();
    }

    public boolean isCommitteeOf(String district) {
        return caller.isDistrictAdmin() && inDistrict(district);
    }

    /** Secretaries and liaisons act for their organization and see only its pairings. */
    public boolean isOrganizationUser() {
        return !caller.isDistrictAdmin() && !caller.isCityAdmin() && !caller.is(Role.DASHBOARD_READER)
                && (caller.is(Role.BRANCH_SECRETARY) || caller.is(Role.ENTERPRISE_CONTACT));
    }

    /** The caller's organization, when it is a member of the pairing. */
    public Optional<UUID> memberOrganization(Pairing pairing) {
        return caller.organization().filter(pairing::hasMember);
    }

    public boolean isLeadSecretary(Pairing pairing) {
        return caller.is(Role.BRANCH_SECRETARY) && inDistrict(pairing.district)
                && caller.organization().map(pairing.leadId::equals).orElse(false);
    }

    /** The one district a read covers: {@link Caller#requireDistrictToRead}. */
    public String districtToRead(String requested) {
        return caller.requireDistrictToRead(requested);
    }

    private boolean inDistrict(String district) {
        return caller.district().map(district::equals).orElse(false);
    }
}
