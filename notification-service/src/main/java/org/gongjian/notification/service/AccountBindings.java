package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Which contacts of an organization an account was made for: the register binds a contact to the Keycloak user
 * (the token's {@code sub}) it invited, and says so on the organization's events.
 */
@ApplicationScoped
public class AccountBindings {

    private final EntityManager entityManager;

    AccountBindings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The contacts of an organization that have an account of their own: no other account reads their notices. */
    @Transactional
    public List<UUID> boundContacts(UUID organizationId) {
        if (organizationId == null) {
            return List.of();
        }
        List<?> ids = entityManager.createNativeQuery("""
                SELECT c.value->>'id' FROM organization o CROSS JOIN LATERAL jsonb_array_elements(o.contacts) c
                WHERE o.id = :org AND c.value->>'account' IS NOT NULL AND c.value->>'id' IS NOT NULL""")
                .setParameter("org", organizationId)
                .getResultList();
        return ids.stream().map(id -> UUID.fromString((String) id)).toList();
    }

    /** The contacts of an organization with this address (in any case) and no account of their own. */
    @Transactional
    public List<UUID> unboundContactsWithEmail(UUID organizationId, String email) {
        if (organizationId == null || email == null) {
            return List.of();
        }
        List<?> ids = entityManager.createNativeQuery("""
                SELECT c.value->>'id' FROM organization o CROSS JOIN LATERAL jsonb_array_elements(o.contacts) WITH ORDINALITY c
                WHERE o.id = :org AND lower(btrim(c.value->>'email')) = lower(btrim(:email))
                  AND c.value->>'account' IS NULL AND c.value->>'id' IS NOT NULL
                ORDER BY c.ordinality""")
                .setParameter("org", organizationId)
                .setParameter("email", email)
                .getResultList();
        return ids.stream().map(id -> UUID.fromString((String) id)).toList();
    }

    @Transactional
    public List<UUID> contactsOf(UUID organizationId, String account) {
        if (organizationId == null || account == null) {
            return List.of();
        }
        List<?> ids = entityManager.createNativeQuery("""
                SELECT c.value->>'id' FROM organization o CROSS JOIN LATERAL jsonb_array_elements(o.contacts) c
                WHERE o.id = :org AND c.value->>'account' = :account AND c.value->>'id' IS NOT NULL""")
                .setParameter("org", organizationId)
                .setParameter("account", account)
                .getResultList();
        return ids.stream().map(id -> UUID.fromString((String) id)).toList();
    }
}
