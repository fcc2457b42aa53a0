package org.gongjian.pairing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock every "today" comes from; one bean, so that a test or another deployment can replace it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(PairingConfig config) {
        return Clock.system(config.zone());
    }
}
