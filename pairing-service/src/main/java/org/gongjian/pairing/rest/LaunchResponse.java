package org.gongjian.pairing.rest;

import org.gongjian.pairing.domain.Launch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record LaunchResponse(UUID id, String district, String title, LocalDate heldOn, List<UUID> pairingIds,
        Instant createdAt) {

    static LaunchResponse of(Launch launch) {
        return new LaunchResponse(launch.id, launch.district, launch.title, launch.heldOn, List.copyOf(launch.pairingIds),
                launch.createdAt);
    }
}
