package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organizations of pairings, as the local projection of the registry knows them, looked up in one query. Whoever
 * may read a pairing may read its members' names: the committee reads its district, and a secretary or a liaison
 * reads only the pairings its organization is in, so a name never leaves a shared pairing.
 */
@ApplicationScoped
public class MemberNames {

    public Map<UUID, Organization> of(Collection<Pairing> pairings) {
        Set<UUID> ids = pairings.stream().flatMap(p -> p.memberIds().stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Organization> found = new HashMap<>();
        Organization.<Organization>list("id in ?1", ids).forEach(o -> found.put(o.id, o));
        return found;
    }

    public Map<UUID, Organization> of(Pairing pairing) {
        return of(List.of(pairing));
    }
}
