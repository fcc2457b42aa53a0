package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.demand.DemandAccepted;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandRejected;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.config.PairingConfig;
import org.gongjian.pairing.domain.Demand;
import org.gongjian.pairing.domain.DemandHistoryEntry;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Demands (诉求): the partner side raises them inside an active pairing (its secretary or liaison; in an alliance
 * every member but the convening lead is a partner); the lead side's secretary or the committee accepts, resolves
 * or rejects them. Every step is kept in the demand's history and published.
 */
@ApplicationScoped
public class DemandService {

    private static final Texts TEXTS = Texts.of("pairing");

    private final PairingAccess access;
    private final OutboxWriter outbox;
    private final PairingConfig config;
    private final Clock clock;

    DemandService(PairingAccess access, OutboxWriter outbox, PairingConfig config, Clock clock) {
        this.access = access;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public DemandView raise(UUID pairingId, String category, String title, String detail, LocalDate dueOn) {
        Pairing pairing = access.readable(pairingId);
        UUID raisedBy = access.memberOrganization(pairing)
                .filter(pairing.partnerIds::contains)
                .filter(ignored -> access.isOrganizationUser())
                .orElseThrow(() -> ProblemException.forbidden(TEXTS.message("access.partner-raises-demand")));
        if (pairing.status != PairingStatus.ACTIVE) {
            throw RuleViolation.conflict(TEXTS.message("demand.pairing-not-active",
                    TEXTS.message("pairingStatus." + pairing.status)));
        }
        LocalDate today = LocalDate.now(clock);
        if (dueOn != null && dueOn.isBefore(today)) {
            throw RuleViolation.invalid("dueOn", TEXTS.message("demand.due-in-past"));
        }
        Demand demand = new Demand();
        demand.id = UUID.randomUUID();
        demand.district = pairing.district;
        demand.pairingId = pairing.id;
        demand.raisedBy = raisedBy;
        demand.category = category.strip();
        demand.title = title.strip();
        demand.detail = detail;
        demand.dueOn = dueOn != null ? dueOn : today.plusDays(config.demandDueDays());
        demand.status = DemandStatus.OPEN;
        demand.raisedAt = clock.instant();
        demand.persist();
        return publish(demand, null, detail, DemandRaised::new);
    }

    @Transactional
    @WithSpan
    public DemandView accept(UUID id, String note) {
        Demand demand = answerable(id);
        DemandStatus from = demand.status;
        demand.accept();
        return publish(demand, from, note, DemandAccepted::new);
    }

    @Transactional
    @WithSpan
    public DemandView resolve(UUID id, String resolution) {
        Demand demand = answerable(id);
        DemandStatus from = demand.status;
        demand.resolve(resolution.strip(), LocalDate.now(clock));
        return publish(demand, from, resolution, DemandResolved::new);
    }

    @Transactional
    @WithSpan
    public DemandView reject(UUID id, String reason) {
        Demand demand = answerable(id);
        DemandStatus from = demand.status;
        demand.reject(reason.strip(), LocalDate.now(clock));
        return publish(demand, from, reason, DemandRejected::new);
    }

    /** A demand the caller may see, with its history; 404 otherwise. */
    @WithSpan
    public DemandView read(UUID id) {
        return DemandView.withHistory(readable(id), LocalDate.now(clock));
    }

    private Demand readable(UUID id) {
        Demand demand = Demand.findById(id);
        if (demand == null || !access.canRead(Pairing.findById(demand.pairingId))) {
            throw ProblemException.notFound("Demand", id);
        }
        return demand;
    }

    private Demand answerable(UUID id) {
        Demand demand = readable(id);
        Pairing pairing = Pairing.findById(demand.pairingId);
        if (!access.isCommitteeOf(pairing.district) && !access.isLeadSecretary(pairing)) {
            throw ProblemException.forbidden(TEXTS.message("access.lead-answers-demand"));
        }
        return demand;
    }

    private DemandView publish(Demand demand, DemandStatus from, String note,
            Function<org.gongjian.events.demand.DemandSnapshot, GongjianEvent> event) {
        Demand.flush();
        DemandHistoryEntry.record(demand, from, access.caller().username(), access.caller().organization().orElse(null),
                note, clock.instant());
        outbox.append(event.apply(PairingSnapshots.of(demand)));
        return DemandView.withHistory(demand, LocalDate.now(clock));
    }
}
