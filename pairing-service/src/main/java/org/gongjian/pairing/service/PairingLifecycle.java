package org.gongjian.pairing.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingRejected;
import org.gongjian.events.pairing.PairingResumed;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.pairing.domain.PairingRules;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The committee moves a pairing through its lifecycle; each change is one event. */
@ApplicationScoped
public class PairingLifecycle {

    private static final Texts TEXTS = Texts.of("pairing");

    private final PairingAccess access;
    private final PlaqueNumbers plaques;
    private final OutboxWriter outbox;
    private final MemberNames names;
    private final Clock clock;
    private final Counter activations;

    PairingLifecycle(PairingAccess access, PlaqueNumbers plaques, OutboxWriter outbox, MemberNames names, Clock clock,
            MeterRegistry registry) {
        this.access = access;
        this.plaques = plaques;
        this.outbox = outbox;
        this.names = names;
        this.clock = clock;
        this.activations = Counter.builder("gongjian_pairing_activations")
                .description("Pairings activated, by approval or at a launch").register(registry);
    }

    /** Approval: the pairing becomes ACTIVE and gets its plaque number. */
    @Transactional
    @WithSpan
    public PairingView approve(UUID id) {
        Pairing pairing = access.managed(id);
        pairing.requireProposed("approve");
        LocalDate today = LocalDate.now(clock);
        activate(pairing, null, today);
        return names.view(pairing);
    }

    /** Activates a proposed pairing (members still active), alone or at a launch; appends {@code pairing.activated}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void activate(Pairing pairing, UUID launchId, LocalDate on) {
        pairing.requireProposed("approve");
        try {
            PairingRules.checkMembers(pairing.district, pairing.type, pairing.leadId, pairing.partnerIds,
                    PairingCommands.organizations(pairing.leadId, pairing.partnerIds));
        } catch (RuleViolation violation) {
            throw RuleViolation.conflict(TEXTS.message("pairing.not-activatable", pairing.id, violation.detail()));
        }
        pairing.activate(plaques.next(pairing.district, on.getYear()), launchId, on);
        outbox.append(new PairingActivated(snapshotAfterFlush(pairing)));
        activations.increment();
    }

    /**
     * Activates the proposed pairings of a launch together: their members read with one query, their plaque numbers
     * taken as one block (in the order given), one flush and their {@code pairing.activated} events appended in one
     * batch. Activating them one by one costs a round of queries and a flush of the whole session each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void activateAll(List<Pairing> pairings, UUID launchId, LocalDate on) {
        if (pairings.isEmpty()) {
            return;
        }
        List<UUID> members = pairings.stream().flatMap(pairing -> pairing.memberIds().stream()).distinct().toList();
        Map<UUID, Organization> organizations = Organization.<Organization>list("id in ?1", members).stream()
                .collect(Collectors.toMap(organization -> organization.id, Function.identity()));
        for (Pairing pairing : pairings) {
            pairing.requireProposed("approve");
            try {
                PairingRules.checkMembers(pairing.district, pairing.type, pairing.leadId, pairing.partnerIds,
                        organizations);
            } catch (RuleViolation violation) {
                throw RuleViolation.conflict(TEXTS.message("pairing.not-activatable", pairing.id, violation.detail()));
            }
        }
        String district = pairings.getFirst().district;
        List<String> numbers = plaques.next(district, on.getYear(), pairings.size());
        Instant now = clock.instant();
        for (int i = 0; i < pairings.size(); i++) {
            pairings.get(i).activate(numbers.get(i), launchId, on);
            pairings.get(i).updatedAt = now;
        }
        Pairing.flush();
        outbox.appendAll(pairings.stream().map(pairing -> new PairingActivated(PairingSnapshots.of(pairing))).toList());
        activations.increment(pairings.size());
    }

    @Transactional
    @WithSpan
    public PairingView reject(UUID id, String reason) {
        Pairing pairing = access.managed(id);
        pairing.reject(reason);
        outbox.append(new PairingRejected(snapshotAfterFlush(pairing)));
        return names.view(pairing);
    }

    @Transactional
    @WithSpan
    public PairingView suspend(UUID id, String reason) {
        Pairing pairing = access.managed(id);
        suspend(pairing, reason);
        return names.view(pairing);
    }

    /** Suspends an active pairing, by the committee or because a member was dissolved. */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void suspend(Pairing pairing, String reason) {
        pairing.suspend(reason);
        outbox.append(new PairingSuspended(snapshotAfterFlush(pairing)));
    }

    @Transactional
    @WithSpan
    public PairingView resume(UUID id) {
        Pairing pairing = access.managed(id);
        pairing.resume();
        try {
            PairingRules.checkMembers(pairing.district, pairing.type, pairing.leadId, pairing.partnerIds,
                    PairingCommands.organizations(pairing.leadId, pairing.partnerIds));
        } catch (RuleViolation violation) {
            throw RuleViolation.conflict(TEXTS.message("pairing.not-resumable", violation.detail()));
        }
        outbox.append(new PairingResumed(snapshotAfterFlush(pairing)));
        return names.view(pairing);
    }

    @Transactional
    @WithSpan
    public PairingView conclude(UUID id, String reason) {
        Pairing pairing = access.managed(id);
        conclude(pairing, reason, LocalDate.now(clock));
        return names.view(pairing);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void conclude(Pairing pairing, String reason, LocalDate on) {
        pairing.conclude(reason, on);
        outbox.append(new PairingConcluded(snapshotAfterFlush(pairing)));
    }

    private PairingSnapshot snapshotAfterFlush(Pairing pairing) {
        pairing.updatedAt = clock.instant();
        Pairing.flush();
        return PairingSnapshots.of(pairing);
    }
}
