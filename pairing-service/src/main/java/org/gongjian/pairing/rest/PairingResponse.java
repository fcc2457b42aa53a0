package org.gongjian.pairing.rest;

import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
}
