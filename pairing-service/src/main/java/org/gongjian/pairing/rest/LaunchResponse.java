package org.gongjian.pairing.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record LaunchResponse(UUID id, String district, String title, LocalDate heldOn, List<UUID> pairingIds,
        Instant createdAt) {
}
