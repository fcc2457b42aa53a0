package org.gongjian.pairing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;

import java.util.UUID;

/**
 * The local projection of a registry organization: what pairing rules and coverage need, nothing personal.
 * Written only by the registry's events ({@code version} is the registry's version), never by a request.
 */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;
    public String district;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;
    @Column(name = "version")
    public long registryVersion;

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    public boolean isTwoNew() {
        return sector == Sector.NON_PUBLIC_ENTERPRISE || sector == Sector.SOCIAL_ORGANIZATION;
    }
}
