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
import org.gongjian.events.demand.DemandStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A demand (诉求) a partner raised inside a pairing: {@code OPEN → ACCEPTED → RESOLVED}, or {@code REJECTED}. */
@Entity
@Table(name = "demand")
public class Demand extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("pairing");

    @Id
    public UUID id;
    public String district;
    @Column(name = "pairing_id")
    public UUID pairingId;
    @Column(name = "raised_by")
    public UUID raisedBy;
    public String category;
    public String title;
    public String detail;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public DemandStatus status;
    public String resolution;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
    @Version
    public long version;

    public void accept() {
        if (status != DemandStatus.OPEN) {
            throw RuleViolation.conflict(TEXTS.message("demand.not-open", TEXTS.message("demandStatus." + status)));
        }
        status = DemandStatus.ACCEPTED;
    }

    public void resolve(String how, LocalDate on) {
        requireUnanswered("resolve");
        status = DemandStatus.RESOLVED;
        resolution = how;
        answeredOn = on;
    }

    public void reject(String why, LocalDate on) {
        requireUnanswered("reject");
        status = DemandStatus.REJECTED;
        resolution = why;
        answeredOn = on;
    }

    public boolean isOverdue(LocalDate today) {
        return (status == DemandStatus.OPEN || status == DemandStatus.ACCEPTED) && dueOn.isBefore(today);
    }

    private void requireUnanswered(String action) {
        if (status != DemandStatus.OPEN && status != DemandStatus.ACCEPTED) {
            throw RuleViolation.conflict(TEXTS.message("demand.answered", TEXTS.message("demandStatus." + status),
                    TEXTS.message("action." + action)));
        }
    }
}
