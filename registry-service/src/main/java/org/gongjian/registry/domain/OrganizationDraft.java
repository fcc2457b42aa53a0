package org.gongjian.registry.domain;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What a person states about an organization when registering or updating it, before the rules have checked it.
 * Text is trimmed; blank optional text is {@code null}; lists may hold nulls, which the rules refuse.
 */
public record OrganizationDraft(
        String name,
        OrganizationKind kind,
        Sector sector,
        UUID parentId,
        String hostUnitName,
        String creditCode,
        String secretaryName,
        String secretaryPhone,
        String secretaryEmail,
        List<Contact> contacts,
        Integer fullMembers,
        Integer probationaryMembers,
        LocalDate foundedOn,
        List<String> honours) {

    public OrganizationDraft {
        contacts = contacts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contacts));
        honours = honours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(honours));
    }
}
