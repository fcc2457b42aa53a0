package org.gongjian.pairing.service;

import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a proposal or an edit of a proposed pairing says. */
public record PairingDraft(String title, PairingType type, UUID leadId, List<UUID> partnerIds, List<String> goals,
        List<String> commitments, int cadenceCount, CadencePeriod cadencePeriod, LocalDate termStart,
        LocalDate termEnd) {
}
