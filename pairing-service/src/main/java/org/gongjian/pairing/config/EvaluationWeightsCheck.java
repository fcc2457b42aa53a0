package org.gongjian.pairing.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gongjian.pairing.domain.EvaluationScore;

import java.util.List;

/** A service with weights that do not make a score (negative, above 1, not summing to 1) does not start. */
@ApplicationScoped
public class EvaluationWeightsCheck {

    void onStart(@Observes StartupEvent event, EvaluationWeights weights) {
        List<String> problems = EvaluationScore.Weights.of(weights).problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("gongjian.pairing.evaluation.weights: " + String.join("; ", problems));
        }
    }
}
