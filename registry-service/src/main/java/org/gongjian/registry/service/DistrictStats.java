package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;

import java.util.Map;

/**
 * The register of one district in figures. {@code total}, {@code bySector}, {@code byKind} and {@code twoNew}
 * count active organizations; {@code byStatus} counts all.
 */
public record DistrictStats(String district, long total, Map<Sector, Long> bySector, Map<OrganizationKind, Long> byKind,
        Map<OrganizationStatus, Long> byStatus, long twoNew) {
}
