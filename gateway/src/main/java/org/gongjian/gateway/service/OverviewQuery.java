package org.gongjian.gateway.service;

import java.time.LocalDate;
import java.util.Optional;

/** Whose figures, and which period for the activity statistics (the services' default: this month). */
public record OverviewQuery(String district, boolean cityWide, Optional<LocalDate> from, Optional<LocalDate> to) {
}
