package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationSnapshot;

/**
 * An organization as the caller may see it: the snapshot, without phones and e-mails for a caller who may not see
 * personal data ({@link PersonalData}), and, for one who may, the account of each of its people.
 *
 * @param organization the organization, its personal data already limited to what the caller may see
 * @param personalData whether the caller sees personal data (phones, e-mails, account states)
 * @param accounts     the account of each person; {@link OrganizationAccounts#NONE} without personal data
 */
public record OrganizationView(OrganizationSnapshot organization, boolean personalData, OrganizationAccounts accounts) {

    static OrganizationView of(OrganizationSnapshot organization, boolean personalData, OrganizationAccounts accounts) {
        return personalData
                ? new OrganizationView(organization, true, accounts == null ? OrganizationAccounts.NONE : accounts)
                : new OrganizationView(withoutPersonalData(organization), false, OrganizationAccounts.NONE);
    }

    static OrganizationSnapshot withoutPersonalData(OrganizationSnapshot o) {
        OrganizationSnapshot.Secretary secretary = o.secretary() == null ? null
                : new OrganizationSnapshot.Secretary(o.secretary().name(), null, null, o.secretary().account());
        return new OrganizationSnapshot(o.id(), o.district(), o.name(), o.kind(), o.sector(), o.parentId(), o.hostUnit(),
                secretary,
                o.contacts().stream()
                        .map(c -> new OrganizationSnapshot.Contact(c.name(), null, null, c.language(), c.id(), c.account()))
                        .toList(),
                o.members(), o.foundedOn(), o.honours(), o.status(), o.dissolution(), o.version());
    }
}
