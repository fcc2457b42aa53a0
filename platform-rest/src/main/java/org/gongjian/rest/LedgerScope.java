package org.gongjian.rest;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose ledger (台账) a service streams rows for: a district (its committee; a city administrator names one), or one
 * organization of it, which a secretary always is and a committee may ask for with {@code organizationId}. A
 * secretary asking for another organization, or a committee for another district, gets 404. Only the committee and
 * secretaries read the ledger: it names people (liaisons, who acknowledged), so a dashboard reader is refused (403 by
 * the resource's roles).
 */
public record LedgerScope(String district, Optional<UUID> organization) {

    public static LedgerScope of(Caller caller, String district, String organizationId) {
        UUID asked = QueryParams.uuid("organizationId", organizationId);
        boolean districtGiven = district != null && !district.isBlank();
        if (caller.isCityAdmin()) {
            String chosen = districtGiven ? district.strip() : caller.district()
                    .orElseThrow(() -> ProblemException.invalid("district", ProblemTitles.field("district-required")));
            return new LedgerScope(chosen, Optional.ofNullable(asked));
        }
        String own = caller.requireDistrict();
        if (districtGiven && !district.strip().equals(own)) {
            throw ProblemException.notFound("District", district.strip());
        }
        if (caller.isDistrictAdmin()) {
            return new LedgerScope(own, Optional.ofNullable(asked));
        }
        UUID organization = caller.organization()
                .orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-organization")));
        if (asked != null && !asked.equals(organization)) {
            throw ProblemException.notFound("Organization", asked);
        }
        return new LedgerScope(own, Optional.of(organization));
    }

    /** The organization as a query parameter: null for the whole district. */
    public UUID organizationOrNull() {
        return organization.orElse(null);
    }
}
