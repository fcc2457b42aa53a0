package org.gongjian.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.EventJson;
import org.gongjian.events.organization.OrganizationSnapshot;

/** Keeps each organization's secretary and liaison contacts (with their languages), newest version wins. */
@ApplicationScoped
public class OrganizationProjection {

    static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final EntityManager entityManager;

    OrganizationProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OrganizationSnapshot organization) {
        entityManager.createNativeQuery("""
                INSERT INTO organization (id, district, name, secretary_name, contacts, status, version)
                VALUES (:id, :district, :name, :secretary, CAST(:contacts AS jsonb), :status, :version)
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, name = EXCLUDED.name,
                    secretary_name = EXCLUDED.secretary_name, contacts = EXCLUDED.contacts,
                    status = EXCLUDED.status, version = EXCLUDED.version
                WHERE organization.version < EXCLUDED.version""")
                .setParameter("id", organization.id())
                .setParameter("district", organization.district())
                .setParameter("name", organization.name())
                .setParameter("secretary", organization.secretary() == null ? null : organization.secretary().name())
                .setParameter("contacts", json(organization))
                .setParameter("status", organization.status().name())
                .setParameter("version", organization.version())
                .executeUpdate();
    }

    private static String json(OrganizationSnapshot organization) {
        try {
            return JSON.writeValueAsString(organization.contacts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
