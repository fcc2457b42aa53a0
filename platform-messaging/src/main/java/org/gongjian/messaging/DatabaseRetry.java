package org.gongjian.messaging;

import org.gongjian.rest.DatabaseOutage;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs work that touches the database again when it fails, so that a database away for a moment (a restart) costs a
 * wait rather than the work. The one retry loop of the platform; what differs between its users is set here:
 * <ul>
 * <li>the pause between tries: a {@link Backoff}, from the first pause doubled after each pause up to the longest
 * (the same pause every time when the two are equal);</li>
 * <li>the patience: no pause starts that would take the time spent pausing past it; the last failure is thrown;</li>
 * <li>how many times the work may fail while the database answers ({@link #waitingFor}; without a probe, unlimited),
 * not counting a failure that is the database out of reach ({@link DatabaseOutage}: a connection lost to a restart
 * that has just ended), which is tried again within the patience;</li>
 * <li>a {@link Probe}: work that fails while the database does not answer waits, pausing, until it answers and then
 * runs again, without counting as a try.</li>
 * </ul>
 * A {@link PoisonEventException} is thrown at once: no wait mends an unreadable record.
 */
public final class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);

    /** Waits between tries; a test passes one that records instead of sleeping. */
    public interface Pause {
        void of(Duration pause) throws InterruptedException;
    }

    /** Whether the database answers now. */
    public interface Probe {
        boolean answers();
    }

    private final Backoff backoff;
    private final Duration patience;
    private final int triesWhileAnswering;
    private final Probe probe;
    private final Pause pause;

    private DatabaseRetry(Backoff backoff, Duration patience, int triesWhileAnswering, Probe probe, Pause pause) {
        this.backoff = backoff;
        this.patience = patience;
        this.triesWhileAnswering = triesWhileAnswering;
        this.probe = probe;
        this.pause = pause;
    }

    /** Pauses from {@code first}, doubled up to {@code longest}, for at most {@code patience} in all; no probe. */
    public static DatabaseRetry backingOff(Duration first, Duration longest, Duration patience) {
        return pausing(new Backoff(first, longest), patience);
    }

    /** The same pause every time, for at most {@code patience} in all; no probe. */
    public static DatabaseRetry steady(Duration pause, Duration patience) {
        return pausing(Backoff.steady(pause), patience);
    }

    private static DatabaseRetry pausing(Backoff backoff, Duration patience) {
        return new DatabaseRetry(backoff, patience, Integer.MAX_VALUE, () -> true, Thread::sleep);
    }

    /** Waits for the database while {@code probe} says it does not answer; while it answers, {@code tries} at most. */
    public DatabaseRetry waitingFor(Probe probe, int tries) {
        return new DatabaseRetry(backoff, patience, tries, probe, pause);
    }

    /** Pauses with {@code pause} instead of sleeping. */
    public DatabaseRetry pausingWith(Pause pause) {
        return new DatabaseRetry(backoff, patience, triesWhileAnswering, probe, pause);
    }

    /** Runs {@code work} until it succeeds or, as described above, gives up; {@code what} names it in the log. */
    public <T> T run(String what, Supplier<T> work) {
        Pauses pauses = new Pauses();
        int failedWhileAnswering = 0;
        while (true) {
            try {
                return work.get();
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!probe.answers()) {
                    LOG.warnf("%s failed while the database does not answer (%s); waiting for it", what, e.toString());
                    while (!probe.answers()) {
                        pauses.next(e);
                    }
                    continue;
                }
                if (!DatabaseOutage.causedBy(e) && ++failedWhileAnswering >= triesWhileAnswering || pauses.spent()) {
                    throw e;
                }
                LOG.warnf("%s failed (%s); trying again in %d ms", what, e.toString(), pauses.upcoming().toMillis());
                pauses.next(e);
            }
        }
    }

    /** The pauses of one run: growing, and together within the patience. */
    private final class Pauses {

        private Duration waited = Duration.ZERO;
        private Duration next = backoff.first();

        Duration upcoming() {
            return next;
        }

        /** Whether the next pause would outlast the patience. */
        boolean spent() {
            return waited.plus(next).compareTo(patience) > 0;
        }

        /** Pauses, or throws {@code failure} when the pause would outlast the patience or is interrupted. */
        void next(RuntimeException failure) {
            if (spent()) {
                throw failure;
            }
            try {
                pause.of(next);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            waited = waited.plus(next);
            next = backoff.after(next);
        }
    }
}
