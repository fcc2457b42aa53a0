package org.gongjian.pairing.rest;

import org.gongjian.rest.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the lead side's answers to a demand. */
public final class DemandAnswers {

    private DemandAnswers() {
    }

    public record Acceptance(@MultiLine @Size(max = 2000) String note) {
    }

    public record Resolution(@MultiLine @NotBlank @Size(max = 5000) String resolution) {
    }
}
