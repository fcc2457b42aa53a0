package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.activity.ActivityCancelled;
import org.gongjian.events.activity.ActivityRescheduled;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.demand.DemandAccepted;
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandEvent;
import org.gongjian.events.demand.DemandOverdue;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandRejected;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingRejected;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.Recipient;
import org.gongjian.notification.domain.RecipientRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place that says which event becomes which notice, and for whom:
 * <ul>
 * <li>pairing proposed → the secretaries of its members, who prepare it; activated / rejected / suspended /
 * concluded → secretaries and liaisons of its members. An enterprise's liaison so learns of a pairing once, when it
 * starts, with the one notice that asks for a receipt (DOMAIN.md: exactly one notice per pairing at a launch).</li>
 * <li>launch held → the district committee</li>
 * <li>activity scheduled / rescheduled / cancelled → secretaries and liaisons of its participants
 * (the reminder 24 hours before is {@link ActivityReminders})</li>
 * <li>demand raised → the lead side of its pairing; accepted / resolved / rejected → the side that raised it;
 * due soon (two days before its due date) → the lead side; overdue → the lead side and the district committee</li>
 * <li>cadence at risk → both sides; cadence missed → both sides and the district committee</li>
 * <li>evaluation requested → the secretaries of its members, who rate the other side</li>
 * </ul>
 * Any other event makes no notice.
 */
@ApplicationScoped
public class NoticeRules {

    private final Recipients recipients;
    private final PairingProjection pairings;

    NoticeRules(Recipients recipients, PairingProjection pairings) {
        this.recipients = recipients;
        this.pairings = pairings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<NoticeDraft> noticesFor(GongjianEvent event) {
        return switch (event) {
            case PairingProposed e -> pairing(NoticeType.PAIRING_PROPOSED, e.pairing(), secretariesOf(e.pairing()));
            case PairingActivated e -> pairing(NoticeType.PAIRING_ACTIVATED, e.pairing());
            case PairingRejected e -> pairing(NoticeType.PAIRING_REJECTED, e.pairing());
            case PairingSuspended e -> pairing(NoticeType.PAIRING_SUSPENDED, e.pairing());
            case PairingConcluded e -> pairing(NoticeType.PAIRING_CONCLUDED, e.pairing());
            case LaunchHeld e -> List.of(new NoticeDraft(NoticeType.LAUNCH_HELD, e.district(), "launch", e.launch().id(),
                    Map.of("title", e.launch().title(), "heldOn", e.launch().heldOn(),
                            "count", e.launch().pairingIds().size()),
                    List.of(recipients.committee(e.district()))));
            case ActivityScheduled e -> activity(NoticeType.ACTIVITY_SCHEDULED, e.activity());
            case ActivityRescheduled e -> activity(NoticeType.ACTIVITY_RESCHEDULED, e.activity());
            case ActivityCancelled e -> activity(NoticeType.ACTIVITY_CANCELLED, e.activity());
            case DemandRaised e -> demand(NoticeType.DEMAND_RAISED, e, leadSideOf(e));
            case DemandAccepted e -> demand(NoticeType.DEMAND_ANSWERED, e, List.of(e.demand().raisedBy()));
            case DemandResolved e -> demand(NoticeType.DEMAND_ANSWERED, e, List.of(e.demand().raisedBy()));
            case DemandRejected e -> demand(NoticeType.DEMAND_ANSWERED, e, List.of(e.demand().raisedBy()));
            case DemandDueSoon e -> demand(NoticeType.DEMAND_DUE_SOON, e, leadSideOf(e));
            case DemandOverdue e -> demandToCommitteeToo(NoticeType.DEMAND_OVERDUE, e, leadSideOf(e));
            case CadenceAtRisk e -> cadence(NoticeType.CADENCE_AT_RISK, e.period(), false);
            case CadenceMissed e -> cadence(NoticeType.CADENCE_MISSED, e.period(), true);
            case PairingEvaluationRequested e -> evaluationRequested(e);
            default -> List.of();
        };
    }

    private List<NoticeDraft> pairing(NoticeType type, PairingSnapshot pairing) {
        return pairing(type, pairing, recipients.ofOrganizations(pairing.memberIds()));
    }

    private List<NoticeDraft> pairing(NoticeType type, PairingSnapshot pairing, List<Recipient> to) {
        return List.of(new NoticeDraft(type, pairing.district(), "pairing", pairing.id(),
                Map.of("title", pairing.title(), "reason", orEmpty(pairing.statusReason()),
                        "plaqueNo", orEmpty(pairing.plaqueNo())),
                to));
    }

    private List<Recipient> secretariesOf(PairingSnapshot pairing) {
        return recipients.ofOrganizations(pairing.memberIds()).stream()
                .filter(recipient -> recipient.role() == RecipientRole.SECRETARY)
                .toList();
    }

    private List<NoticeDraft> evaluationRequested(PairingEvaluationRequested event) {
        var evaluation = event.evaluation();
        List<Recipient> secretaries = recipients.ofOrganizations(event.memberIds()).stream()
                .filter(recipient -> recipient.role() == RecipientRole.SECRETARY)
                .toList();
        return List.of(new NoticeDraft(NoticeType.EVALUATION_REQUESTED, event.district(), "pairing",
                evaluation.pairingId(), Map.of("title", event.title(), "periodStart", evaluation.periodStart(),
                        "periodEnd", evaluation.periodEnd(), "evaluationId", evaluation.id()),
                secretaries));
    }

    private List<NoticeDraft> activity(NoticeType type, ActivitySnapshot activity) {
        return List.of(new NoticeDraft(type, activity.district(), "activity", activity.id(),
                Map.of("title", activity.title(), "startsAt", activity.startsAt(),
                        "location", orEmpty(activity.location()), "reason", orEmpty(activity.cancellationReason())),
                recipients.ofOrganizations(activity.participantIds())));
    }

    private List<UUID> leadSideOf(DemandEvent event) {
        return pairings.find(event.demand().pairingId()).map(known -> List.of(known.leadId())).orElse(List.of());
    }

    private List<NoticeDraft> demand(NoticeType type, DemandEvent event, List<UUID> organizations) {
        var demand = event.demand();
        return List.of(new NoticeDraft(type, demand.district(), "demand", demand.id(),
                Map.of("title", demand.title(), "dueOn", demand.dueOn(), "status", demand.status().name(),
                        "resolution", orEmpty(demand.resolution())),
                recipients.ofOrganizations(organizations)));
    }

    private List<NoticeDraft> demandToCommitteeToo(NoticeType type, DemandEvent event, List<UUID> organizations) {
        NoticeDraft toLeadSide = demand(type, event, organizations).get(0);
        List<Recipient> to = new ArrayList<>(toLeadSide.recipients());
        to.add(recipients.committee(event.demand().district()));
        return List.of(new NoticeDraft(type, toLeadSide.district(), toLeadSide.subjectType(), toLeadSide.subjectId(),
                toLeadSide.data(), to));
    }

    private List<NoticeDraft> cadence(NoticeType type, CadencePeriodSnapshot period, boolean committeeToo) {
        List<Recipient> to = new ArrayList<>(recipients.ofOrganizations(period.memberIds()));
        if (committeeToo) {
            to.add(recipients.committee(period.district()));
        }
        String title = pairings.find(period.pairingId()).map(PairingProjection.Known::title).orElse("");
        return List.of(new NoticeDraft(type, period.district(), "pairing", period.pairingId(),
                Map.of("title", title, "periodStart", period.periodStart(),
                        "periodEnd", period.periodEnd().minusDays(1), "required", period.required(),
                        "held", period.held(), "confirmed", period.confirmed(),
                        "awaiting", Math.max(0, period.held() - period.confirmed())),
                to));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
