package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.OrganizationDraft;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a registration or an update states about an organization, as the request says it: text trimmed, blank
 * optional text {@code null}; lists may hold nulls, which the rules refuse.
 */
public record OrganizationForm(
        String name,
        OrganizationKind kind,
        Sector sector,
        UUID parentId,
        String hostUnitName,
        String creditCode,
        String secretaryName,
        String secretaryPhone,
        String secretaryEmail,
        List<ContactForm> contacts,
        Integer fullMembers,
        Integer probationaryMembers,
        LocalDate foundedOn,
        List<String> honours) {

    /** A contact as stated; {@code id} names one already on the register. */
    public record ContactForm(UUID id, String name, String phone, String email, String language) {
    }

    /** The draft the rules check. */
    OrganizationDraft draft() {
        List<Contact> stated = contacts == null ? null : contacts.stream()
                .map(contact -> contact == null ? null
                        : new Contact(contact.name(), contact.phone(), contact.email(), contact.language(), contact.id(), null))
                .toList();
        return new OrganizationDraft(name, kind, sector, parentId, hostUnitName, creditCode, secretaryName, secretaryPhone,
                secretaryEmail, stated, fullMembers, probationaryMembers, foundedOn, honours);
    }
}
