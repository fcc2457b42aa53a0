package org.gongjian.events.pairing;

import static org.gongjian.events.Snapshots.listOf;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A draft evaluation of a pairing was opened (at a term's end, at a year's end, or by the committee) and asks
 * each member organization's secretary to rate the other side. Keyed by the pairing.
 *
 * @param evaluation the draft, its score as the figures stand (the sides' ratings not yet in)
 * @param title      the pairing's title, for the notice
 * @param leadId     the lead organization
 * @param memberIds  every organization in the pairing, the lead first: whose secretaries are asked to rate
 */
public record PairingEvaluationRequested(EvaluationSnapshot evaluation, String title, UUID leadId,
        List<UUID> memberIds) implements PairingEvent {

    public static final String TYPE = "pairing.evaluation-requested.v1";

    public PairingEvaluationRequested {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(leadId, "leadId");
        memberIds = listOf(memberIds);
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("memberIds must not be empty");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return evaluation.pairingId().toString();
    }

    @Override
    public String district() {
        return evaluation.district();
    }
}
