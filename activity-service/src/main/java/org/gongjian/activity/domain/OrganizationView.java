package org.gongjian.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** What this service knows of an organization, from registry-service's events. Written only by the projection. */
@Entity
@Table(name = "organization_view")
public class OrganizationView extends PanacheEntityBase {

    @Id
    public UUID id;
    public String district;
    public String name;
    public String sector;
    public String status;
    public long version;
}
