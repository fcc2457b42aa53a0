package org.gongjian.pairing.domain;

import org.gongjian.rest.Message;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
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

    private static final Texts TEXTS = Texts.of("pairing");

    private PairingRules() {
    }

    /** Shape: the number of partners a type takes, and no organization twice. */
    public static void checkShape(PairingType type, UUID leadId, List<UUID> partnerIds) {
        Set<UUID> seen = new HashSet<>();
        seen.add(leadId);
        for (int i = 0; i < partnerIds.size(); i++) {
            if (!seen.add(partnerIds.get(i))) {
                throw RuleViolation.invalid("partnerIds[" + i + "]", TEXTS.message("rules.member-repeated"));
            }
        }
        switch (type) {
            case ONE_TO_ONE -> {
                if (partnerIds.size() != 1) {
                    throw RuleViolation.invalid("partnerIds", TEXTS.message("rules.one-partner"));
                }
            }
            case ONE_TO_MANY, ALLIANCE -> {
                if (partnerIds.size() < 2) {
                    throw RuleViolation.invalid("partnerIds", TEXTS.message("rules.two-partners", type(type)));
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
            throw RuleViolation.invalid("leadId", TEXTS.message("rules.lead-organ", type(type)));
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            if (known.get(partnerIds.get(i)).sector == Sector.ORGAN) {
                throw RuleViolation.invalid("partnerIds[" + i + "]", TEXTS.message("rules.partner-not-organ", type(type)));
            }
        }
    }

    private static void checkMember(String district, String field, Organization organization) {
        if (organization == null || !organization.district.equals(district)) {
            throw RuleViolation.invalid(field, TEXTS.message("rules.unknown-member"));
        }
        if (!organization.isActive()) {
            throw RuleViolation.invalid(field, TEXTS.message("rules.inactive-member", organization.name));
        }
    }

    private static Message type(PairingType type) {
        return TEXTS.message("pairingType." + type);
    }

    public static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && !end.isAfter(start)) {
            throw RuleViolation.invalid("term.end", TEXTS.message("rules.term-end"));
        }
    }
}
