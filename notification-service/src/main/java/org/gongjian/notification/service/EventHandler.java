package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.cadence.CadenceEvent;
import org.gongjian.events.demand.DemandEvent;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.pairing.PairingLifecycleEvent;
import org.gongjian.messaging.IdempotentBatchConsumer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An event from another service: first the projections learn of it, then its notices are written. */
@ApplicationScoped
public class EventHandler {

    private final OrganizationProjection organizations;
    private final PairingProjection pairings;
    private final ActivityProjection activities;
    private final CadenceProjection cadence;
    private final DemandProjection demands;
    private final NoticeRules rules;
    private final NoticeWriter writer;

    EventHandler(OrganizationProjection organizations, PairingProjection pairings, ActivityProjection activities,
            CadenceProjection cadence, DemandProjection demands, NoticeRules rules, NoticeWriter writer) {
        this.organizations = organizations;
        this.pairings = pairings;
        this.activities = activities;
        this.cadence = cadence;
        this.demands = demands;
        this.rules = rules;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void handle(UUID eventId, GongjianEvent event) {
        writer.writeAll(apply(eventId, event));
    }

    /**
     * The events of a batch, in order: each one's projections first, then its notices are drafted (so a notice sees the
     * projections as its event left them); the notices of all are written together at the end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void handleAll(List<IdempotentBatchConsumer.Applied<GongjianEvent>> events) {
        List<NoticeWriter.Pending> notices = new ArrayList<>();
        for (var applied : events) {
            notices.addAll(apply(applied.id(), applied.event()));
        }
        writer.writeAll(notices);
    }

    private List<NoticeWriter.Pending> apply(UUID eventId, GongjianEvent event) {
        switch (event) {
            case OrganizationEvent e -> organizations.apply(e.organization());
            case PairingLifecycleEvent e -> pairings.apply(e.pairing());
            case ActivityEvent e -> {
                activities.apply(e.activity());
                cadence.withdrawKeptAfterAll(e.activity().pairingId(), e.activity().district());
            }
            case CadenceEvent e -> cadence.apply(e);
            case DemandEvent e -> demands.apply(e);
            default -> {
            }
        }
        return rules.noticesFor(event).stream().map(draft -> new NoticeWriter.Pending(eventId, draft)).toList();
    }
}
