package org.gongjian.registry.service;

import org.gongjian.registry.domain.Organization;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemTitles;
import org.gongjian.rest.Role;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and change which organizations. Outside one's scope an organization does not exist (404).
 * <ul>
 * <li>{@code city-admin} reads every district;</li>
 * <li>{@code district-admin} manages its own district; {@code dashboard-reader} reads it without personal data;</li>
 * <li>{@code branch-secretary} reads its own organization and keeps its secretary, contacts and counts;</li>
 * <li>{@code enterprise-contact} reads its own organization.</li>
 * </ul>
 */
final class Scope {

    private Scope() {
    }

    static boolean districtWide(Caller caller) {
        return caller.isCityAdmin() || caller.isDistrictAdmin() || caller.is(Role.DASHBOARD_READER);
    }

    static boolean canRead(Caller caller, Organization organization) {
        if (caller.isCityAdmin()) {
            return true;
        }
        if (!caller.district().map(organization.district::equals).orElse(false)) {
            return false;
        }
        return districtWide(caller) || ownOrganization(caller).map(organization.id::equals).orElse(false);
    }

    static boolean canManage(Caller caller, Organization organization) {
        return caller.isDistrictAdmin() && caller.district().map(organization.district::equals).orElse(false);
    }

    static boolean canKeepContacts(Caller caller, Organization organization) {
        return canManage(caller, organization) || caller.is(Role.BRANCH_SECRETARY)
                && caller.district().map(organization.district::equals).orElse(false)
                && caller.organization().map(organization.id::equals).orElse(false);
    }

    /** The organization a secretary or liaison is limited to; empty for district-wide roles. */
    static Optional<UUID> ownOrganization(Caller caller) {
        if (districtWide(caller)) {
            return Optional.empty();
        }
        return Optional.of(caller.organization().orElseThrow(
                () -> ProblemException.forbidden(ProblemTitles.detail("not-linked"))));
    }

    /** The district a list (every district when none) or a figure (one required) reads: {@link Caller#districtToRead}. */
    static Optional<String> district(Caller caller, String requested, boolean required) {
        return required ? Optional.of(caller.requireDistrictToRead(requested)) : caller.districtToRead(requested);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Organization", id);
    }
}
