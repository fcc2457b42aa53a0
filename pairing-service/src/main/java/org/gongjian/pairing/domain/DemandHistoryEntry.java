package org.gongjian.pairing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongjian.events.demand.DemandStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a demand's life: who, when, from which status to which, and a note. */
@Entity
@Table(name = "demand_history")
public class DemandHistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "demand_id")
    public UUID demandId;
    public Instant at;
    public String actor;
    @Column(name = "actor_org")
    public UUID actorOrg;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DemandStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public DemandStatus toStatus;
    public String note;

    public static DemandHistoryEntry record(Demand demand, DemandStatus from, String actor, UUID actorOrg, String note,
            Instant at) {
        DemandHistoryEntry entry = new DemandHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.demandId = demand.id;
        entry.at = at;
        entry.actor = actor;
        entry.actorOrg = actorOrg;
        entry.fromStatus = from;
        entry.toStatus = demand.status;
        entry.note = note;
        entry.persist();
        return entry;
    }

    public static List<DemandHistoryEntry> of(UUID demandId) {
        return list("demandId = ?1 order by at, id", demandId);
    }
}
