package org.gongjian.pairing.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.pairing.service.PairingDraft;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A proposal, or an edit of a proposed pairing. */
public record PairingRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull PairingType type,
        @NotNull UUID leadId,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> partnerIds,
        @NotNull @Valid Agreement agreement,
        @NotNull @Valid Term term) {

    /** The most goals, and the most commitments, an agreement lists. */
    public static final int MAX_ITEMS = 50;

    public record Agreement(@Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 500) String> goals,
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 500) String> commitments,
            @NotNull @Valid Cadence cadence) {
    }

    /** At least one joint activity per month or per quarter. */
    public record Cadence(@NotNull @Min(1) @Max(31) Integer count, @NotNull CadencePeriod period) {
    }

    public record Term(@NotNull LocalDate start, LocalDate end) {
    }

    PairingDraft toDraft() {
        return new PairingDraft(title, type, leadId, partnerIds,
                agreement.goals() == null ? List.of() : agreement.goals(),
                agreement.commitments() == null ? List.of() : agreement.commitments(),
                agreement.cadence().count(), agreement.cadence().period(), term.start(), term.end());
    }
}
