package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.OrganizationView;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An organization's activities as an iCalendar feed, for a bearer token or a per-organization feed token. */
@ApplicationScoped
public class CalendarService {

    private static final Texts TEXTS = Texts.of("activity");

    private static final Duration PAST = Duration.ofDays(90);
    private static final int MAX_EVENTS = 500;

    private final FeedTokens tokens;
    private final Messages messages;
    private final Clock clock;

    CalendarService(FeedTokens tokens, Messages messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    /** The feed token of the caller's own organization (its secretary or liaison), or of any in the committee's district. */
    @Transactional
    @WithSpan
    public String token(UUID organizationId, Caller caller) {
        requireBearerAccess(organizationId, caller);
        return tokens.issue(organizationId)
                .orElseThrow(() -> new ProblemException(503, "unavailable", TEXTS.message("calendar.tokens-not-configured")));
    }

    /** The feed; {@code caller} is null for a request that carries only a feed token. */
    @Transactional
    @WithSpan
    public String feed(UUID organizationId, String feedToken, Caller caller, Locale language) {
        if (!tokens.verify(organizationId, feedToken)) {
            if (caller == null) {
                throw ProblemException.notFound("Organization", organizationId);
            }
            requireBearerAccess(organizationId, caller);
        }
        Instant now = clock.instant();
        List<Activity> activities = Activity.find(
                "select a from Activity a where array_contains(a.participantIds, ?1) and a.startsAt >= ?2 order by a.startsAt",
                organizationId, now.minus(PAST)).page(0, MAX_EVENTS).list();
        OrganizationView organization = OrganizationView.findById(organizationId);
        String name = messages.calendarName(organization == null ? null : organization.name, language);
        return ICalendarWriter.calendar(name, activities, now, "gongjian.org");
    }

    private static void requireBearerAccess(UUID organizationId, Caller caller) {
        if (caller.organization().map(organizationId::equals).orElse(false)
                && (caller.is(Role.BRANCH_SECRETARY) || caller.is(Role.ENTERPRISE_CONTACT))) {
            return;
        }
        OrganizationView organization = OrganizationView.findById(organizationId);
        if (caller.isDistrictAdmin() && organization != null && caller.canRead(organization.district)) {
            return;
        }
        throw ProblemException.notFound("Organization", organizationId);
    }
}
