package org.gongjian.pairing.rest;

import jakarta.validation.constraints.Size;
import org.gongjian.rest.MultiLine;

/** The committee finalizes a draft; its remarks, when given, replace the draft's. */
public record FinalizationRequest(@MultiLine @Size(max = 2000) String remarks) {
}
