package org.gongjian.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An organization's own system that receives its notices as signed HTTP requests. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "organization_id")
    public UUID organizationId;
    public String district;
    public String url;
    public String description;
    public String secret;
    public boolean enabled;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public void succeeded() {
        consecutiveFailures = 0;
        failingSince = null;
    }

    /**
     * Records a failed attempt.
     *
     * @return true when this failure disables the endpoint (sustained failure)
     */
    public boolean failed(OffsetDateTime now, int disableAfterFailures, Duration disableAfter) {
        consecutiveFailures++;
        if (failingSince == null) {
            failingSince = now;
        }
        boolean sustained = consecutiveFailures >= disableAfterFailures
                || !failingSince.plus(disableAfter).isAfter(now);
        if (enabled && sustained) {
            enabled = false;
            disabledAt = now;
            return true;
        }
        return false;
    }

    /** Enabled again by its owner: the failures that disabled it are forgotten. */
    public void reenable() {
        enabled = true;
        consecutiveFailures = 0;
        failingSince = null;
        disabledAt = null;
    }
}
