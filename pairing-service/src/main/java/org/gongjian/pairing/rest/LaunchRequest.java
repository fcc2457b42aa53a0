package org.gongjian.pairing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A launch ceremony: the proposed pairings it activates, all or none. */
public record LaunchRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate heldOn,
        @NotEmpty @Size(max = 500) List<@NotNull UUID> pairingIds) {
}
