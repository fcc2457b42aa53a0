package org.gongjian.pairing.rest;

import org.gongjian.rest.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: required to reject, suspend or conclude a pairing, or to reject a demand. */
public record ReasonRequest(@MultiLine @NotBlank @Size(max = 1000) String reason) {
}
