package org.gongjian.events.pairing;

import java.util.Objects;

/**
 * A launch ceremony activated its pairings. Published in the same transaction as one
 * {@code pairing.activated.v1} per pairing; consumers that notify per pairing should use those.
 */
public record LaunchHeld(LaunchSnapshot launch) implements LaunchEvent {

    public static final String TYPE = "launch.held.v1";

    public LaunchHeld {
        Objects.requireNonNull(launch, "launch");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
