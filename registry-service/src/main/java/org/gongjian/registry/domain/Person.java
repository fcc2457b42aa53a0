package org.gongjian.registry.domain;

import org.gongjian.rest.Role;

import java.util.UUID;

/**
 * Someone of the register who can get an account: the secretary of an organization (as {@code branch-secretary}) or
 * one of its contacts (as {@code enterprise-contact}).
 *
 * @param key   {@code secretary} or the contact's id: names the person within the organization
 * @param email where Keycloak sends the invitation; {@code null} when the register has none
 */
public record Person(String key, String name, String email, String role) {

    public static final String SECRETARY = "secretary";

    public static Person secretary(Organization organization) {
        return new Person(SECRETARY, organization.secretaryName, organization.secretaryEmail, Role.BRANCH_SECRETARY);
    }

    public static Person contact(Contact contact) {
        return new Person(contact.id().toString(), contact.name(), contact.email(), Role.ENTERPRISE_CONTACT);
    }

    public boolean isSecretary() {
        return SECRETARY.equals(key);
    }

    public UUID contactId() {
        return UUID.fromString(key);
    }

    /** The family name, as Keycloak's last name: a Chinese name's first character, else the whole name. */
    public String familyName() {
        return name.length() > 1 && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN
                ? name.substring(0, 1) : name;
    }

    /** The given name, as Keycloak's first name: a Chinese name after its first character, else the whole name. */
    public String givenName() {
        return familyName().equals(name) ? name : name.substring(1);
    }

    /** The value of the Keycloak user attribute {@code person} that binds the user to this person of the register. */
    public String binding(UUID organizationId) {
        return organizationId + ":" + key;
    }
}
