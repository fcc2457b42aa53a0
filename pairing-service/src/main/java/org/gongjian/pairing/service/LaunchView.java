package org.gongjian.pairing.service;

import org.gongjian.events.pairing.LaunchSnapshot;
import org.gongjian.pairing.domain.Launch;

import java.time.Instant;

/** A launch as read: its snapshot (as its event carries it) and when it was recorded. */
public record LaunchView(LaunchSnapshot launch, Instant createdAt) {

    static LaunchView of(Launch launch) {
        return new LaunchView(PairingSnapshots.of(launch), launch.createdAt);
    }
}
