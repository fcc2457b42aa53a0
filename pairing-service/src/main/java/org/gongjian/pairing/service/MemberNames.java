package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.Page;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pairings as read with their members' names: the organizations, as the local projection of the registry knows them, looked up in one query. Whoever
 * may read a pairing may read its members' names: the committee reads its district, and a secretary or a liaison
 * reads only the pairings its organization is in, so a name never leaves a shared pairing.
 */
@ApplicationScoped
public class MemberNames {

    /** The pairing with its members' names, after its changes are flushed. */
    public PairingView view(Pairing pairing) {
        return PairingView.of(pairing, of(List.of(pairing)));
    }

    public Page<PairingView> views(Page<Pairing> pairings) {
        Map<UUID, Organization> organizations = of(pairings.items());
        return pairings.map(pairing -> PairingView.of(pairing, organizations));
    }

    Map<UUID, Organization> of(Collection<Pairing> pairings) {
        Set<UUID> ids = pairings.stream().flatMap(p -> p.memberIds().stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Organization> found = new HashMap<>();
        Organization.<Organization>list("id in ?1", ids).forEach(o -> found.put(o.id, o));
        return found;
    }
}
