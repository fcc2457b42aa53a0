package org.gongjian.pairing.service;

import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pairing as read: its snapshot (as its events carry it), and what a reader sees beyond it — when it was activated,
 * concluded, created and last changed, and its members (the lead first) with their names and sectors as the registry
 * published them (name null while the registry's event has not arrived).
 */
public record PairingView(PairingSnapshot pairing, LocalDate activatedOn, LocalDate concludedOn, Instant createdAt,
        Instant updatedAt, List<Member> members) {

    public record Member(UUID id, String name, Sector sector) {
    }

    /** Of a pairing whose changes are flushed, so that the snapshot carries its version. */
    static PairingView of(Pairing pairing, Map<UUID, Organization> organizations) {
        return new PairingView(PairingSnapshots.of(pairing), pairing.activatedOn, pairing.concludedOn, pairing.createdAt,
                pairing.updatedAt, pairing.memberIds().stream().map(id -> member(id, organizations.get(id))).toList());
    }

    private static Member member(UUID id, Organization organization) {
        return organization == null ? new Member(id, null, null) : new Member(id, organization.name, organization.sector);
    }
}
