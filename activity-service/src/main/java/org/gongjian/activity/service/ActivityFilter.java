package org.gongjian.activity.service;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the activity list; null means "any". {@code from}/{@code to} are local days, inclusive;
 * {@code disputed} means a dispute the committee has not yet decided. */
public record ActivityFilter(String district, UUID pairingId, UUID organizationId, ActivityType type, ActivityStatus status,
        LocalDate from, LocalDate to, Boolean unconfirmed, Boolean disputed) {
}
