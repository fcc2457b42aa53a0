package org.gongjian.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.EventJson;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.messaging.ProjectionRow;

/** Keeps each organization's secretary (name and e-mail) and liaison contacts (with their languages), newest version wins. */
@ApplicationScoped
public class OrganizationProjection {

    static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final EntityManager entityManager;

    OrganizationProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OrganizationSnapshot organization) {
        ProjectionRow.into("organization").key("id", organization.id())
                .set("district", organization.district())
                .set("name", organization.name())
                .set("secretary_name", organization.secretary() == null ? null : organization.secretary().name())
                .set("secretary_email", organization.secretary() == null ? null : organization.secretary().email())
                .setJson("contacts", json(organization))
                .set("status", organization.status().name())
                .upsert(entityManager, organization.version());
    }

    private static String json(OrganizationSnapshot organization) {
        try {
            return JSON.writeValueAsString(organization.contacts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
