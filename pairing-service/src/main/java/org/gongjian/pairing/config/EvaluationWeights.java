package org.gongjian.pairing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The weights of an evaluation score's parts. Each is between 0 and 1 and together they sum to 1;
 * {@link EvaluationWeightsCheck} refuses to start otherwise.
 */
@ConfigMapping(prefix = "gongjian.pairing.evaluation.weights")
public interface EvaluationWeights {

    /** Periods in which the cadence was kept. */
    @WithDefault("0.4")
    double cadence();

    /** Held activities whose attendance the partner side confirmed. */
    @WithDefault("0.2")
    double attendance();

    /** Demands resolved by their due date. */
    @WithDefault("0.2")
    double demandsOnTime();

    /** The sides' ratings of each other. */
    @WithDefault("0.2")
    double partnerRatings();
}
