package org.gongjian.activity.rest;

import org.gongjian.rest.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CancellationRequest(@MultiLine @NotBlank @Size(max = 500) String reason) {
}
