package org.gongjian.pairing.rest;

import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pairing as the API shows it (fields as in API.md). {@code members}: the lead, then the partners, each with its
 * name and sector as the registry published them (name null while the registry's event has not arrived).
 */
public record PairingResponse(UUID id, String district, String title, PairingType type, UUID leadId,
        List<UUID> partnerIds, Agreement agreement, Term term, PairingStatus status, String statusReason,
        String plaqueNo, UUID launchId, LocalDate activatedOn, LocalDate concludedOn, Instant createdAt,
        Instant updatedAt, long version, List<Member> members) {

    public record Member(UUID id, String name, Sector sector) {
    }

    public record Agreement(List<String> goals, List<String> commitments, Cadence cadence) {
    }

    public record Cadence(int count, CadencePeriod period) {
    }

    public record Term(LocalDate start, LocalDate end) {
    }

    static PairingResponse of(Pairing pairing, Map<UUID, Organization> organizations) {
        return new PairingResponse(pairing.id, pairing.district, pairing.title, pairing.type, pairing.leadId,
                List.copyOf(pairing.partnerIds),
                new Agreement(List.copyOf(pairing.goals), List.copyOf(pairing.commitments),
                        new Cadence(pairing.cadenceCount, pairing.cadencePeriod)),
                new Term(pairing.termStart, pairing.termEnd), pairing.status, pairing.statusReason, pairing.plaqueNo,
                pairing.launchId, pairing.activatedOn, pairing.concludedOn, pairing.createdAt, pairing.updatedAt,
                pairing.version, pairing.memberIds().stream().map(id -> member(id, organizations.get(id))).toList());
    }

    private static Member member(UUID id, Organization organization) {
        return organization == null ? new Member(id, null, null) : new Member(id, organization.name, organization.sector);
    }
}
