package org.gongjian.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What this service knows of a pairing, from pairing-service's events. Written only by the projection. */
@Entity
@Table(name = "pairing_view")
public class PairingView extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("activity");

    @Id
    public UUID id;
    public String district;
    public String title;
    @Column(name = "lead_id")
    public UUID leadId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids", columnDefinition = "uuid[]")
    public UUID[] partnerIds;
    @Enumerated(EnumType.STRING)
    public PairingStatus status;
    @Column(name = "cadence_count")
    public int cadenceCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_period")
    public CadencePeriod cadencePeriod;
    @Column(name = "term_start")
    public LocalDate termStart;
    @Column(name = "term_end")
    public LocalDate termEnd;
    public long version;

    /** The lead first, then the partners. */
    public List<UUID> memberIds() {
        List<UUID> members = new ArrayList<>();
        members.add(leadId);
        members.addAll(Arrays.asList(partnerIds));
        return members;
    }

    public boolean hasMember(UUID organizationId) {
        return organizationId != null && memberIds().contains(organizationId);
    }

    /** Activities are scheduled and rescheduled only while the pairing is active. */
    public void requireActive() {
        if (!isActive()) {
            throw RuleViolation.conflict(TEXTS.message("schedule.pairing-not-active", TEXTS.message("pairingStatus." + status)));
        }
    }

    public boolean isActive() {
        return status == PairingStatus.ACTIVE;
    }
}
