package org.gongjian.activity.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingResumed;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProjectionConsumersTest {

    @Test
    void aStaleOrRedeliveredPairingEventNeverOverwritesANewerOne() {
        Fixtures f = Fixtures.activePairing();
        UUID suspendedEvent = UUID.randomUUID();
        KafkaTopics.publish(new PairingSuspended(f.snapshot(PairingStatus.SUSPENDED, 3)), suspendedEvent);
        f.awaitPairing(PairingStatus.SUSPENDED);
        KafkaTopics.publish(new PairingConcluded(f.snapshot(PairingStatus.CONCLUDED, 5)));
        f.awaitPairing(PairingStatus.CONCLUDED);

        // an older version arriving late, and the same suspension delivered again
        KafkaTopics.publish(new PairingResumed(f.snapshot(PairingStatus.ACTIVE, 4)));
        KafkaTopics.publish(new PairingSuspended(f.snapshot(PairingStatus.SUSPENDED, 3)), suspendedEvent);
        // a marker after them on the same partition (same key) shows they were consumed
        KafkaTopics.publish(new PairingConcluded(f.snapshot(PairingStatus.CONCLUDED, 6)));
        org.awaitility.Awaitility.await().until(() -> view(f).version == 6);

        PairingView view = view(f);
        assertThat(view.status).isEqualTo(PairingStatus.CONCLUDED);
        assertThat(view.memberIds()).containsExactly(f.lead, f.partner);
        assertThat(view.cadenceCount).isEqualTo(1);
        f.schedule("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00").statusCode(409);
    }

    private static PairingView view(Fixtures f) {
        return QuarkusTransaction.requiringNew().call(() -> PairingView.findById(f.pairing));
    }
}
