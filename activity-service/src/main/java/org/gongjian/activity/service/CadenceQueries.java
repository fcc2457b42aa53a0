package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.activity.domain.Period;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Compliance per pairing and period, as the caller may see it. */
@ApplicationScoped
public class CadenceQueries {

    private static final Texts TEXTS = Texts.of("activity");

    private final Scope scope;
    private final CadenceCounts counts;
    private final ActivityConfig config;
    private final Clock clock;

    CadenceQueries(Scope scope, CadenceCounts counts, ActivityConfig config, Clock clock) {
        this.scope = scope;
        this.counts = counts;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param pairingId one pairing, or null for every active pairing in scope
     * @param period    {@code 2025-06} or {@code 2025-Q2}, or null for the period containing today; a month asked of a
     *                  quarterly pairing means the quarter containing it
     */
    @Transactional
    @WithSpan
    public Page<CadenceCounts.Compliance> compliance(UUID pairingId, String period, String district, PageQuery page) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        Period asked = period == null || period.isBlank() ? null : Period.parse(period.strip());
        if (period != null && !period.isBlank() && (asked == null || !Bounds.yearInRange(asked.start().getYear()))) {
            throw ProblemException.invalid("period", TEXTS.message("cadence.period"));
        }
        List<PairingView> pairings = pairingId != null ? List.of(scope.readablePairing(pairingId)) : activePairings(district);
        List<CadenceCounts.Compliance> all = pairings.stream()
                .map(p -> counts.of(p, asked == null ? Period.containing(p.cadencePeriod, today) : asked.as(p.cadencePeriod), today))
                .toList();
        int from = Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + page.size(), all.size())), page, all.size());
    }

    private List<PairingView> activePairings(String district) {
        List<PairingView> inDistrict = PairingView.list("district = ?1 and status = ?2 order by title, id",
                scope.district(district), PairingStatus.ACTIVE);
        return inDistrict.stream().filter(scope::canRead).toList();
    }
}
