package org.gongjian.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, from the verified access token: roles, the district ({@code district} claim) and the
 * organization ({@code org} claim) that scope every query.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isCityAdmin() {
        return is(Role.CITY_ADMIN);
    }

    public boolean isDistrictAdmin() {
        return is(Role.DISTRICT_ADMIN);
    }

    /** The caller's district; a city administrator may have none. */
    public Optional<String> district() {
        String district = token.getClaim("district");
        return district == null || district.isBlank() ? Optional.empty() : Optional.of(district);
    }

    /** The caller's district, required for anyone who is not a city administrator. */
    public String requireDistrict() {
        return district().orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-district")));
    }

    /** The district this request reads, by {@link DistrictToRead}'s rule; empty for every district. */
    public Optional<String> districtToRead(String requested) {
        return DistrictToRead.of(isCityAdmin(), district(), requested);
    }

    /** The one district this request reads, by {@link DistrictToRead}'s rule. */
    public String requireDistrictToRead(String requested) {
        return DistrictToRead.required(isCityAdmin(), district(), requested);
    }

    /** The organization the caller acts for (secretaries and liaisons). */
    public Optional<UUID> organization() {
        String org = token.getClaim("org");
        if (org == null || org.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(org));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller may read things of a district at all. */
    public boolean canRead(String district) {
        return isCityAdmin() || district().map(district::equals).orElse(false);
    }

    /** The caller's e-mail address, when the identity provider sends one. */
    public Optional<String> email() {
        String email = token.getClaim("email");
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    /** The preferred language of the caller's token, when the identity provider sends one. */
    public Optional<String> locale() {
        return Optional.ofNullable(token.getClaim("locale"));
    }
}
