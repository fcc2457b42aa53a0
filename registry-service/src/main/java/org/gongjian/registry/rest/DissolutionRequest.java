package org.gongjian.registry.rest;

import org.gongjian.rest.MultiLine;

import java.time.LocalDate;

/** Why and when an organization was dissolved. */
public record DissolutionRequest(@MultiLine String reason, LocalDate dissolvedOn) {
}
