package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingUpdated;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.pairing.domain.PairingRules;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposing a pairing and editing it while it is proposed. The committee proposes for any member; a lead-side
 * branch secretary may propose a pairing its organization leads. Either way it waits for the committee's approval.
 */
@ApplicationScoped
public class PairingCommands {

    private static final Texts TEXTS = Texts.of("pairing");

    private static final List<PairingStatus> OPEN = List.of(PairingStatus.PROPOSED, PairingStatus.ACTIVE,
            PairingStatus.SUSPENDED);

    private final PairingAccess access;
    private final OutboxWriter outbox;
    private final MemberNames names;
    private final Clock clock;

    PairingCommands(PairingAccess access, OutboxWriter outbox, MemberNames names, Clock clock) {
        this.access = access;
        this.outbox = outbox;
        this.names = names;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public PairingView propose(PairingDraft draft) {
        String district = access.caller().requireDistrict();
        if (!access.caller().isDistrictAdmin()
                && !access.caller().organization().map(draft.leadId()::equals).orElse(false)) {
            throw ProblemException.forbidden(TEXTS.message("access.propose-own-lead"));
        }
        Pairing pairing = new Pairing();
        pairing.id = UUID.randomUUID();
        pairing.district = district;
        pairing.status = PairingStatus.PROPOSED;
        pairing.proposedBy = access.caller().username();
        pairing.createdAt = clock.instant();
        apply(pairing, draft);
        pairing.persist();
        flushGuardingMembers();
        outbox.append(new PairingProposed(PairingSnapshots.of(pairing)));
        return names.view(pairing);
    }

    @Transactional
    @WithSpan
    public PairingView update(UUID id, String ifMatch, PairingDraft draft) {
        Pairing pairing = access.readable(id);
        if (!access.isCommitteeOf(pairing.district) && !access.isLeadSecretary(pairing)) {
            throw ProblemException.forbidden(TEXTS.message("access.edit-proposed"));
        }
        Versions.requireCurrent(ifMatch, pairing.version);
        pairing.requireProposed("edit");
        if (!access.caller().isDistrictAdmin() && !draft.leadId().equals(pairing.leadId)) {
            throw RuleViolation.invalid("leadId", TEXTS.message("pairing.lead-by-committee"));
        }
        apply(pairing, draft);
        flushGuardingMembers();
        outbox.append(new PairingUpdated(PairingSnapshots.of(pairing)));
        return names.view(pairing);
    }

    private void apply(Pairing pairing, PairingDraft draft) {
        PairingRules.checkShape(draft.type(), draft.leadId(), draft.partnerIds());
        PairingRules.checkTerm(draft.termStart(), draft.termEnd());
        PairingRules.checkMembers(pairing.district, draft.type(), draft.leadId(), draft.partnerIds(),
                organizations(draft.leadId(), draft.partnerIds()));
        String memberKey = Pairing.memberKey(draft.leadId(), draft.partnerIds());
        if (Pairing.count("district = ?1 and memberKey = ?2 and status in ?3 and id <> ?4",
                pairing.district, memberKey, OPEN, pairing.id) > 0) {
            throw RuleViolation.conflict(TEXTS.message("pairing.same-members"));
        }
        pairing.title = draft.title().strip();
        pairing.type = draft.type();
        pairing.leadId = draft.leadId();
        pairing.partnerIds = new ArrayList<>(draft.partnerIds());
        pairing.goals = new ArrayList<>(draft.goals());
        pairing.commitments = new ArrayList<>(draft.commitments());
        pairing.cadenceCount = draft.cadenceCount();
        pairing.cadencePeriod = draft.cadencePeriod();
        pairing.termStart = draft.termStart();
        pairing.termEnd = draft.termEnd();
        pairing.memberKey = memberKey;
        pairing.updatedAt = clock.instant();
    }

    /** Two concurrent proposals of the same members both pass the check; the partial unique index stops one. */
    private static void flushGuardingMembers() {
        try {
            Pairing.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(e.getMessage()).contains("pairing_open_members")
                    || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("pairing_open_members"))) {
                throw RuleViolation.conflict(TEXTS.message("pairing.same-members"));
            }
            throw e;
        }
    }

    static Map<UUID, Organization> organizations(UUID leadId, List<UUID> partnerIds) {
        List<UUID> ids = new ArrayList<>(partnerIds);
        ids.add(leadId);
        return Organization.<Organization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(organization -> organization.id, Function.identity()));
    }
}
