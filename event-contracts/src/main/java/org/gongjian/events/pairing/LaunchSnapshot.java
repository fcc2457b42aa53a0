package org.gongjian.events.pairing;

import static org.gongjian.events.Snapshots.nonEmptyListOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A launch ceremony (启动仪式) that activated several pairings at once, all or none.
 *
 * @param id         the launch
 * @param district   the district (tenant) it belongs to
 * @param title      e.g. 湘潭高新区"党建引领·结对共建"启动仪式
 * @param heldOn     the day it was held
 * @param pairingIds the pairings it activated, at least one; each also gets its own
 *                   {@code pairing.activated.v1}
 */
public record LaunchSnapshot(UUID id, String district, String title, LocalDate heldOn, List<UUID> pairingIds) {

    public LaunchSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heldOn, "heldOn");
        pairingIds = nonEmptyListOf(pairingIds, "pairingIds");
    }
}
