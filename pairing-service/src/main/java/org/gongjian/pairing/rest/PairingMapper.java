package org.gongjian.pairing.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.pairing.service.MemberNames;
import org.gongjian.rest.Page;
import org.gongjian.rest.Versions;

import java.util.Map;
import java.util.UUID;

/** Pairings as the API answers them, with their members' names. */
@ApplicationScoped
public class PairingMapper {

    private final MemberNames names;

    PairingMapper(MemberNames names) {
        this.names = names;
    }

    public PairingResponse toResponse(Pairing pairing) {
        return PairingResponse.of(pairing, names.of(pairing));
    }

    public Page<PairingResponse> toResponses(Page<Pairing> pairings) {
        Map<UUID, Organization> organizations = names.of(pairings.items());
        return pairings.map(pairing -> PairingResponse.of(pairing, organizations));
    }

    public Response withEtag(Pairing pairing) {
        return Response.ok(toResponse(pairing)).header("ETag", Versions.etag(pairing.version)).build();
    }
}
