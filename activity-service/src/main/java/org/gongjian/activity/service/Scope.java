package org.gongjian.activity.service;

import jakarta.enterprise.context.RequestScoped;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and change what: the committee its district, secretaries and liaisons the pairings their
 * organization is in. Anything outside answers 404.
 */
@RequestScoped
public class Scope {

    private static final Texts TEXTS = Texts.of("activity");

    private final Caller caller;

    Scope(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    public boolean readsWholeDistrict() {
        return caller.isCityAdmin() || caller.isDistrictAdmin() || caller.is(Role.DASHBOARD_READER);
    }

    /** The one district a committee-level read covers: {@link Caller#requireDistrictToRead}. */
    public String district(String requested) {
        return caller.requireDistrictToRead(requested);
    }

    /** The caller's organization when they act for one (secretaries, liaisons). */
    public Optional<UUID> organization() {
        return caller.organization();
    }

    public boolean canRead(PairingView pairing) {
        if (pairing == null) {
            return false;
        }
        if (readsWholeDistrict()) {
            return caller.canRead(pairing.district);
        }
        return caller.canRead(pairing.district) && organization().map(pairing::hasMember).orElse(false);
    }

    public PairingView readablePairing(UUID pairingId) {
        PairingView pairing = pairingId == null ? null : PairingView.findById(pairingId);
        if (!canRead(pairing)) {
            throw ProblemException.notFound("Pairing", pairingId);
        }
        return pairing;
    }

    public Activity readableActivity(UUID activityId) {
        Activity activity = activityId == null ? null : Activity.findById(activityId);
        if (activity == null || !canRead(PairingView.findById(activity.pairingId))) {
            throw ProblemException.notFound("Activity", activityId);
        }
        return activity;
    }

    /** A secretary of a member organization, or the district committee: who schedules, changes and records. */
    public void requireOrganizer(PairingView pairing) {
        if (caller.isDistrictAdmin() && caller.district().map(pairing.district::equals).orElse(false)) {
            return;
        }
        boolean memberSecretary = caller.is(Role.BRANCH_SECRETARY) && organization().map(pairing::hasMember).orElse(false);
        if (!memberSecretary) {
            if (canRead(pairing)) {
                throw ProblemException.forbidden(TEXTS.message("access.member-or-committee"));
            }
            throw ProblemException.notFound("Pairing", pairing.id);
        }
    }

    /** The district committee of the pairing's district: who decides disputes. */
    public void requireCommittee(PairingView pairing) {
        if (isCommitteeOf(pairing)) {
            return;
        }
        if (canRead(pairing)) {
            throw ProblemException.forbidden(TEXTS.message("access.committee-only"));
        }
        throw ProblemException.notFound("Pairing", pairing.id);
    }

    public boolean isCommitteeOf(PairingView pairing) {
        return caller.isDistrictAdmin() && caller.district().map(pairing.district::equals).orElse(false);
    }

    /**
     * The organization of a secretary on the partner side of a held activity: a member of the pairing other than the one
     * that recorded it. Who confirms or disputes.
     */
    public UUID requirePartnerSide(Activity activity, PairingView pairing) {
        UUID organization = organization().orElse(null);
        if (!caller.is(Role.BRANCH_SECRETARY) || !pairing.hasMember(organization)) {
            throw ProblemException.forbidden(TEXTS.message("access.partner-secretary"));
        }
        if (organization.equals(activity.completedBy)) {
            throw ProblemException.forbidden(TEXTS.message("access.recorder-cannot-confirm"));
        }
        return organization;
    }

    /** A secretary of the organization that recorded the activity as held: who may correct it until it is confirmed. */
    public void requireReportingSide(Activity activity) {
        boolean reporter = caller.is(Role.BRANCH_SECRETARY) && activity.completedBy != null
                && organization().map(activity.completedBy::equals).orElse(false);
        if (!reporter) {
            throw ProblemException.forbidden(TEXTS.message("access.recorder-or-committee"));
        }
    }
}
