package org.gongjian.pairing.domain;

import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A pairing (结对共建): a lead organization with one or more partners, an agreement, a term and a lifecycle
 * {@code PROPOSED → ACTIVE → (SUSPENDED ↔ ACTIVE) → CONCLUDED}, {@code PROPOSED → REJECTED}.
 */
@Entity
@Table(name = "pairing")
public class Pairing extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("pairing");

    @Id
    public UUID id;
    public String district;
    public String title;
    @Enumerated(EnumType.STRING)
    public PairingType type;
    @Column(name = "lead_id")
    public UUID leadId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids", columnDefinition = "uuid[]")
    public List<UUID> partnerIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> goals = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> commitments = new ArrayList<>();
    @Column(name = "cadence_count")
    public int cadenceCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_period")
    public CadencePeriod cadencePeriod;
    @Column(name = "term_start")
    public LocalDate termStart;
    @Column(name = "term_end")
    public LocalDate termEnd;
    @Enumerated(EnumType.STRING)
    public PairingStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "plaque_no")
    public String plaqueNo;
    @Column(name = "launch_id")
    public UUID launchId;
    @Column(name = "activated_on")
    public LocalDate activatedOn;
    @Column(name = "concluded_on")
    public LocalDate concludedOn;
    @Column(name = "member_key")
    public String memberKey;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** The lead first, then the partners. */
    public List<UUID> memberIds() {
        return Stream.concat(Stream.of(leadId), partnerIds.stream()).toList();
    }

    public boolean hasMember(UUID organizationId) {
        return organizationId != null && (organizationId.equals(leadId) || partnerIds.contains(organizationId));
    }

    /** The same set of members gives the same key, whatever the order or who leads. */
    public static String memberKey(UUID leadId, List<UUID> partnerIds) {
        return Stream.concat(Stream.of(leadId), partnerIds.stream())
                .map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    public void activate(String plaque, UUID launch, LocalDate on) {
        requireStatus(PairingStatus.PROPOSED, "approve");
        status = PairingStatus.ACTIVE;
        statusReason = null;
        plaqueNo = plaque;
        launchId = launch;
        activatedOn = on;
    }

    public void reject(String reason) {
        requireStatus(PairingStatus.PROPOSED, "reject");
        status = PairingStatus.REJECTED;
        statusReason = reason;
    }

    public void suspend(String reason) {
        requireStatus(PairingStatus.ACTIVE, "suspend");
        status = PairingStatus.SUSPENDED;
        statusReason = reason;
    }

    public void resume() {
        requireStatus(PairingStatus.SUSPENDED, "resume");
        status = PairingStatus.ACTIVE;
        statusReason = null;
    }

    public void conclude(String reason, LocalDate on) {
        if (status != PairingStatus.ACTIVE && status != PairingStatus.SUSPENDED) {
            throw RuleViolation.conflict(TEXTS.message("pairing.not-concludable", TEXTS.message("pairingStatus." + status)));
        }
        status = PairingStatus.CONCLUDED;
        statusReason = reason;
        concludedOn = on;
    }

    public void requireProposed(String action) {
        requireStatus(PairingStatus.PROPOSED, action);
    }

    private void requireStatus(PairingStatus expected, String action) {
        if (status != expected) {
            throw RuleViolation.conflict(TEXTS.message("pairing.wrong-status", TEXTS.message("pairingStatus." + status),
                    TEXTS.message("action." + action), TEXTS.message("pairingStatus." + expected)));
        }
    }
}
