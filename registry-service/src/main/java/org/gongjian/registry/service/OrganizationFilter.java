package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;

import java.util.UUID;

/**
 * What a list asks for. {@code district} is only heeded for a city administrator; everyone else gets their own.
 *
 * @param q         a part of the name (Chinese or not), case-insensitive
 * @param subtreeOf an organization whose whole subtree (itself included) is wanted
 */
public record OrganizationFilter(String district, String q, Sector sector, OrganizationKind kind,
        OrganizationStatus status, UUID parentId, UUID subtreeOf) {
}
