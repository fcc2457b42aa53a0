package org.gongjian.pairing.rest;

import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.domain.Pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pairing as the API shows it (fields as in API.md). */
public record PairingResponse(UUID id, String district, String title, PairingType type, UUID leadId,
        List<UUID> partnerIds, Agreement agreement, Term term, PairingStatus status, String statusReason,
        String plaqueNo, UUID launchId, LocalDate activatedOn, LocalDate concludedOn, Instant createdAt,
        Instant updatedAt, long version) {

    public record Agreement(List<String> goals, List<String> commitments, Cadence cadence) {
    }

    public record Cadence(int count, CadencePeriod period) {
    }

    public record Term(LocalDate start, LocalDate end) {
    }

    static PairingResponse of(Pairing pairing) {
        return new PairingResponse(pairing.id, pairing.district, pairing.title, pairing.type, pairing.leadId,
                List.copyOf(pairing.partnerIds),
                new Agreement(List.copyOf(pairing.goals), List.copyOf(pairing.commitments),
                        new Cadence(pairing.cadenceCount, pairing.cadencePeriod)),
                new Term(pairing.termStart, pairing.termEnd), pairing.status, pairing.statusReason, pairing.plaqueNo,
                pairing.launchId, pairing.activatedOn, pairing.concludedOn, pairing.createdAt, pairing.updatedAt,
                pairing.version);
    }
}
