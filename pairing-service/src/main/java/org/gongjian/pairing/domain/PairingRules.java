package org.gongjian.pairing.domain;

import org.gongjian.rest.RuleViolation;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingType;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a pairing's members and term must keep, checked when it is proposed, edited and activated.
 */
public final class PairingRules {

    private PairingRules() {
    }

    /** Shape: the number of partners a type takes, and no organization twice. */
    public static void checkShape(PairingType type, UUID leadId, List<UUID> partnerIds) {
        Set<UUID> seen = new HashSet<>();
        seen.add(leadId);
        for (int i = 0; i < partnerIds.size(); i++) {
            if (!seen.add(partnerIds.get(i))) {
                throw RuleViolation.invalid("partnerIds[" + i + "]", "names an organization that is already in the pairing");
            }
        }
        switch (type) {
            case ONE_TO_ONE -> {
                if (partnerIds.size() != 1) {
                    throw RuleViolation.invalid("partnerIds", "a one-to-one pairing has exactly one partner");
                }
            }
            case ONE_TO_MANY, ALLIANCE -> {
                if (partnerIds.size() < 2) {
                    throw RuleViolation.invalid("partnerIds", "a " + type + " pairing has at least two partners");
                }
            }
        }
    }

    /**
     * Every member known, active and in the district; for one-to-x types the lead is an organ and partners are not.
     *
     * @param known the projected organizations by id (those not found are missing)
     */
    public static void checkMembers(String district, PairingType type, UUID leadId, List<UUID> partnerIds,
            Map<UUID, Organization> known) {
        checkMember(district, "leadId", known.get(leadId));
        for (int i = 0; i < partnerIds.size(); i++) {
            checkMember(district, "partnerIds[" + i + "]", known.get(partnerIds.get(i)));
        }
        if (type == PairingType.ALLIANCE) {
            return;
        }
        if (known.get(leadId).sector != Sector.ORGAN) {
            throw RuleViolation.invalid("leadId", "the lead of a " + type + " pairing must be an ORGAN organization");
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            if (known.get(partnerIds.get(i)).sector == Sector.ORGAN) {
                throw RuleViolation.invalid("partnerIds[" + i + "]", "a partner of a " + type
                        + " pairing must not be an ORGAN organization");
            }
        }
    }

    private static void checkMember(String district, String field, Organization organization) {
        if (organization == null || !organization.district.equals(district)) {
            throw RuleViolation.invalid(field, "is not a known organization of your district");
        }
        if (!organization.isActive()) {
            throw RuleViolation.invalid(field, "organization " + organization.name + " is not active");
        }
    }

    public static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && !end.isAfter(start)) {
            throw RuleViolation.invalid("term.end", "must be after term.start");
        }
    }
}
