package org.gongjian.activity.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.CadenceStanding;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.activity.domain.Period;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.OutboxWriter;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Warns a week before a period ends with too few activities kept ({@code cadence.at-risk}) and reports a period that
 * ended short ({@code cadence.missed}); kept means confirmed by the partner side (see {@link CadenceCounts}). Safe with several instances: a row in {@code cadence_notice}, inserted with
 * {@code ON CONFLICT DO NOTHING} in the same transaction as the event, decides the one run that emits it.
 */
@ApplicationScoped
public class CadenceJob {

    private static final Logger LOG = Logger.getLogger(CadenceJob.class);

    private final CadenceCounts counts;
    private final OutboxWriter outbox;
    private final EntityManager entityManager;
    private final ActivityConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    CadenceJob(CadenceCounts counts, OutboxWriter outbox, EntityManager entityManager, ActivityConfig config, Clock clock,
            MeterRegistry metrics) {
        this.counts = counts;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(identity = "cadence-check", every = "${gongjian.activity.cadence.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check(clock.instant());
    }

    /** Checks every active pairing as of {@code now}; returns how many events this run emitted. */
    @WithSpan
    public int check(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        List<UUID> pairings = QuarkusTransaction.requiringNew().call(() -> PairingView.<PairingView>list("status", PairingStatus.ACTIVE)
                .stream().map(p -> p.id).toList());
        int emitted = 0;
        for (UUID id : pairings) {
            emitted += QuarkusTransaction.requiringNew().call(() -> checkOne(id, today));
        }
        if (emitted > 0) {
            LOG.infof("Cadence check as of %s emitted %d notices", today, emitted);
        }
        return emitted;
    }

    private int checkOne(UUID pairingId, LocalDate today) {
        PairingView pairing = PairingView.findById(pairingId);
        if (pairing == null || !pairing.isActive()) {
            return 0;
        }
        int emitted = 0;
        Period current = Period.containing(pairing.cadencePeriod, today);
        CadenceCounts.Compliance now = counts.of(pairing, current, today);
        if (now.standing() == CadenceStanding.AT_RISK && inTerm(pairing, current)) {
            emitted += notice(pairing, now, CadenceStanding.AT_RISK);
        }
        Period previous = current.previous();
        CadenceCounts.Compliance last = counts.of(pairing, previous, today);
        if (last.standing() == CadenceStanding.MISSED && inTerm(pairing, previous)) {
            emitted += notice(pairing, last, CadenceStanding.MISSED);
        }
        return emitted;
    }

    /** Whether the period overlaps the pairing's term. */
    private static boolean inTerm(PairingView pairing, Period period) {
        return period.end().isAfter(pairing.termStart) && (pairing.termEnd == null || !period.start().isAfter(pairing.termEnd));
    }

    private int notice(PairingView pairing, CadenceCounts.Compliance c, CadenceStanding kind) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO cadence_notice (pairing_id, period_start, kind, district, required, held, confirmed, noticed_at)
                VALUES (:pairing, :start, :kind, :district, :required, :held, :confirmed, now())
                ON CONFLICT DO NOTHING""")
                .setParameter("pairing", pairing.id)
                .setParameter("start", c.period().start())
                .setParameter("kind", kind.name())
                .setParameter("district", pairing.district)
                .setParameter("required", c.required())
                .setParameter("held", c.held())
                .setParameter("confirmed", c.kept())
                .executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        CadencePeriodSnapshot snapshot = new CadencePeriodSnapshot(pairing.id, pairing.district, pairing.memberIds(),
                c.period().start(), c.period().end(), c.required(), c.held(), c.kept());
        outbox.append(kind == CadenceStanding.MISSED ? new CadenceMissed(snapshot) : new CadenceAtRisk(snapshot));
        metrics.counter("gongjian_activity_cadence_notices", "kind", kind.name()).increment();
        return 1;
    }
}
