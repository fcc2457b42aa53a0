package org.gongjian.registry.domain;

import java.util.UUID;

/**
 * A liaison contact (联络人) of an organization, stored with it as JSON.
 *
 * @param language {@code zh-CN} or {@code en}
 * @param id       the contact's lasting identity: it stays when the name, phone or e-mail change
 * @param account  the Keycloak user id of the account made for this contact from the register; {@code null} while
 *                 there is none or it is disabled
 */
public record Contact(String name, String phone, String email, String language, UUID id, String account) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";

    /** A contact as stated in a form or a sheet, before it has its identity. */
    public Contact(String name, String phone, String email, String language) {
        this(name, phone, email, language, null, null);
    }

    Contact identified(UUID identity, String boundAccount) {
        return new Contact(name, phone, email, language, identity, boundAccount);
    }

    public Contact withAccount(String boundAccount) {
        return new Contact(name, phone, email, language, id, boundAccount);
    }
}
