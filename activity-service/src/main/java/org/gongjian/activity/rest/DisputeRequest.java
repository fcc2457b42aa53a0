package org.gongjian.activity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongjian.rest.MultiLine;

/** The partner side's objection to a held activity as reported. */
public record DisputeRequest(@MultiLine @NotBlank @Size(max = 1000) String reason) {
}
