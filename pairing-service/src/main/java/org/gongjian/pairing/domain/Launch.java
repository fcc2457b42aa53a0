package org.gongjian.pairing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A launch ceremony (启动仪式) that activated several pairings at once. */
@Entity
@Table(name = "launch")
public class Launch extends PanacheEntityBase {

    @Id
    public UUID id;
    public String district;
    public String title;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "launch_pairing", joinColumns = @JoinColumn(name = "launch_id"))
    @OrderColumn(name = "position")
    @Column(name = "pairing_id")
    @BatchSize(size = 100)
    public List<UUID> pairingIds = new ArrayList<>();
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
