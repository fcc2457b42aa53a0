package org.gongjian.registry.rest;

import java.time.LocalDate;

/** Why and when an organization was dissolved. */
public record DissolutionRequest(String reason, LocalDate dissolvedOn) {
}
