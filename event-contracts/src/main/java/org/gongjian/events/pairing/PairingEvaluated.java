package org.gongjian.events.pairing;

import java.util.Objects;

/** The committee evaluated a pairing. Keyed by the pairing, so it stays in order with the pairing's changes. */
public record PairingEvaluated(EvaluationSnapshot evaluation) implements PairingEvent {

    public static final String TYPE = "pairing.evaluated.v1";

    public PairingEvaluated {
        Objects.requireNonNull(evaluation, "evaluation");
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
