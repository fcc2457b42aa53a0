package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.PairingEvaluated;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.pairing.domain.SideRating;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Evaluations by both sides: a draft is opened (by the committee here, or at a term's or year's end by the jobs),
 * each member organization's secretary rates the other side, and the committee finalizes it. Only final
 * evaluations are ranked and published as {@code pairing.evaluated}.
 */
@ApplicationScoped
public class EvaluationService {

    private static final Texts TEXTS = Texts.of("pairing");

    private final PairingAccess access;
    private final EvaluationDrafts drafts;
    private final EvaluationFigures figures;
    private final OutboxWriter outbox;
    private final Clock clock;

    EvaluationService(PairingAccess access, EvaluationDrafts drafts, EvaluationFigures figures, OutboxWriter outbox,
            Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.figures = figures;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The committee opens a draft for a period (default: the year up to today or the conclusion). */
    @Transactional
    @WithSpan
    public EvaluationView open(UUID pairingId, String remarks, LocalDate from, LocalDate to) {
        Pairing pairing = access.managed(pairingId);
        if (pairing.status == PairingStatus.PROPOSED || pairing.status == PairingStatus.REJECTED) {
            throw RuleViolation.conflict(TEXTS.message("evaluation.never-active",
                    TEXTS.message("pairingStatus." + pairing.status)));
        }
        LocalDate end = to != null ? to : EvaluationFigures.defaultEnd(pairing, LocalDate.now(clock));
        LocalDate start = from != null ? from : EvaluationFigures.defaultStart(pairing, end);
        if (end.isBefore(start)) {
            throw RuleViolation.invalid("periodEnd", TEXTS.message("evaluation.period-end"));
        }
        Bounds.requireInRange("periodStart", start);
        Bounds.requireInRange("periodEnd", end);
        Bounds.requirePeriod("periodEnd", start, end);
        return view(drafts.openByCommittee(pairing, start, end, remarks), pairing);
    }

    /**
     * A member organization's secretary rates the other side. A second rating by the same organization replaces
     * its first while the evaluation is a draft; the If-Match of the last read guards against a change in between.
     */
    @Transactional
    @WithSpan
    public EvaluationView rate(UUID pairingId, UUID evaluationId, String ifMatch, int rating, String remarks) {
        Pairing pairing = access.readable(pairingId);
        UUID own = access.memberOrganization(pairing)
                .filter(organization -> access.caller().is(Role.BRANCH_SECRETARY) && !access.isCommitteeOf(pairing.district))
                .orElseThrow(() -> ProblemException.forbidden(TEXTS.message("access.member-secretary-rates")));
        Evaluation evaluation = find(pairing, evaluationId);
        Versions.requireCurrent(ifMatch, evaluation.version);
        SideRating.Side side = pairing.leadId.equals(own) ? SideRating.Side.LEAD : SideRating.Side.PARTNER;
        evaluation.rate(new SideRating(own, side, rating, remarks, access.caller().username(), clock.instant()));
        figures.score(evaluation, pairing);
        return view(evaluation, pairing);
    }

    /** The committee finalizes a draft: the score is computed once more, from today's figures and the ratings given. */
    @Transactional
    @WithSpan
    public EvaluationView finalize(UUID pairingId, UUID evaluationId, String ifMatch, String remarks) {
        Pairing pairing = access.managed(pairingId);
        Evaluation evaluation = find(pairing, evaluationId);
        Versions.requireCurrent(ifMatch, evaluation.version);
        if (!evaluation.isDraft()) {
            throw RuleViolation.conflict(TEXTS.message("evaluation.final"));
        }
        figures.score(evaluation, pairing);
        if (remarks != null && !remarks.isBlank()) {
            evaluation.remarks = remarks;
        }
        evaluation.status = Evaluation.Status.FINAL;
        evaluation.evaluatedAt = clock.instant();
        evaluation.evaluatedBy = access.caller().username();
        evaluation.finalizedAt = evaluation.evaluatedAt;
        evaluation.finalizedBy = evaluation.evaluatedBy;
        outbox.append(new PairingEvaluated(PairingSnapshots.of(evaluation)));
        return view(evaluation, pairing);
    }

    @WithSpan
    public List<EvaluationView> of(UUID pairingId) {
        Pairing pairing = access.readable(pairingId);
        return Evaluation.<Evaluation>list("pairingId = ?1 order by evaluatedAt desc, id", pairingId).stream()
                .map(evaluation -> EvaluationView.of(evaluation, pairing.title)).toList();
    }

    @WithSpan
    public EvaluationView one(UUID pairingId, UUID evaluationId) {
        Pairing pairing = access.readable(pairingId);
        return EvaluationView.of(find(pairing, evaluationId), pairing.title);
    }

    /** After the flush, so that the view carries the new version. */
    private static EvaluationView view(Evaluation evaluation, Pairing pairing) {
        Evaluation.flush();
        return EvaluationView.of(evaluation, pairing.title);
    }

    private static Evaluation find(Pairing pairing, UUID evaluationId) {
        Evaluation evaluation = Evaluation.findById(evaluationId);
        if (evaluation == null || !evaluation.pairingId.equals(pairing.id)) {
            throw ProblemException.notFound("Evaluation", evaluationId);
        }
        return evaluation;
    }
}
