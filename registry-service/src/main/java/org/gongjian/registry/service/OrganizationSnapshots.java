package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.Organization;

/** The organization as the rest of the platform sees it: the data of its events and of every read. */
final class OrganizationSnapshots {

    private OrganizationSnapshots() {
    }

    static OrganizationSnapshot of(Organization organization) {
        return new OrganizationSnapshot(
                organization.id,
                organization.district,
                organization.name,
                organization.kind,
                organization.sector,
                organization.parentId,
                new OrganizationSnapshot.HostUnit(organization.hostUnitName, organization.creditCode),
                organization.secretaryName == null ? null
                        : new OrganizationSnapshot.Secretary(organization.secretaryName, organization.secretaryPhone,
                                organization.secretaryEmail, organization.secretaryAccount),
                organization.contacts.stream().map(OrganizationSnapshots::contact).toList(),
                new OrganizationSnapshot.Members(organization.fullMembers, organization.probationaryMembers),
                organization.foundedOn,
                organization.honours,
                organization.status,
                organization.dissolvedOn == null ? null
                        : new OrganizationSnapshot.Dissolution(organization.dissolutionReason, organization.dissolvedOn),
                organization.version);
    }

    private static OrganizationSnapshot.Contact contact(Contact contact) {
        return new OrganizationSnapshot.Contact(contact.name(), contact.phone(), contact.email(),
                contact.language() == null ? Contact.DEFAULT_LANGUAGE : contact.language(), contact.id(), contact.account());
    }
}
