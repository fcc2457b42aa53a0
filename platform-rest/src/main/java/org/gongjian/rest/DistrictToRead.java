package org.gongjian.rest;

import java.util.Optional;

/**
 * Which district a request reads: the one rule that every service and the gateway apply.
 * <ul>
 * <li>A city administrator reads the district it names ({@code ?district=}); naming none, the district of its
 * account; with neither, every district where the answer allows it (lists), or a 400 naming {@code district}
 * where one district is needed (figures).</li>
 * <li>Anyone else reads the district of its account. Naming another district is a 404: to them it does not exist.</li>
 * </ul>
 */
public final class DistrictToRead {

    private DistrictToRead() {
    }

    /** The district to read, or empty for every district (a city administrator who named none and has none). */
    public static Optional<String> of(boolean cityAdmin, Optional<String> own, String requested) {
        Optional<String> named = Optional.ofNullable(requested).map(String::strip).filter(s -> !s.isEmpty());
        if (cityAdmin) {
            return named.or(() -> own);
        }
        String district = own.orElseThrow(() -> ProblemException.forbidden(ProblemTitles.detail("no-district")));
        if (named.isPresent() && !named.get().equals(district)) {
            throw ProblemException.notFound("District", named.get());
        }
        return Optional.of(district);
    }

    /** The one district to read; a city administrator with no district of its own must name one. */
    public static String required(boolean cityAdmin, Optional<String> own, String requested) {
        return of(cityAdmin, own, requested)
                .orElseThrow(() -> ProblemException.invalid("district", ProblemTitles.field("district-required")));
    }
}
