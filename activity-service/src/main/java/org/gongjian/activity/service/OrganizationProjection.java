package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.messaging.ProjectionRow;

/** Keeps each organization's name, sector and status from registry-service's events, newest version wins. */
@ApplicationScoped
public class OrganizationProjection {

    private final EntityManager entityManager;

    OrganizationProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void apply(OrganizationSnapshot organization) {
        ProjectionRow.into("organization_view").key("id", organization.id())
                .set("district", organization.district())
                .set("name", organization.name())
                .set("sector", organization.sector().name())
                .set("status", organization.status().name())
                .upsert(entityManager, organization.version());
    }
}
