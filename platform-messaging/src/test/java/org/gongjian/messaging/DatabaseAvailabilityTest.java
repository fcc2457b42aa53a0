package org.gongjian.messaging;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseAvailabilityTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger tries = new AtomicInteger();

    /** The database's answers to the probe, in order; the last one repeats. */
    private DatabaseAvailability database(Duration patience, Boolean... answers) {
        Deque<Boolean> left = new ArrayDeque<>(List.of(answers));
        return new DatabaseAvailability(() -> left.size() > 1 ? left.poll() : left.peek(), pauses::add, patience);
    }

    @Test
    void workThatFailsWhileTheDatabaseRestartsWaitsForItAndRunsAgain() {
        DatabaseAvailability database = database(Duration.ofMinutes(10), false, false, false, true);
        String result = database.retrying("applying", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("terminating connection due to administrator command");
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(tries).hasValue(2);
        assertThat(pauses).hasSize(2); // the failure, then two seconds without an answer to the probe
    }

    @Test
    void workThatFailsWhileTheDatabaseAnswersIsTriedThreeTimesThenFails() {
        DatabaseAvailability database = database(Duration.ofMinutes(10), true);
        assertThatThrownBy(() -> database.retrying("applying", () -> {
            throw new IllegalStateException("attempt " + tries.incrementAndGet());
        })).hasMessage("attempt 3");
        assertThat(pauses).containsExactly(DatabaseAvailability.PAUSE, DatabaseAvailability.PAUSE);
    }

    @Test
    void aRestartThatEndedJustBeforeTheCheckIsCoveredByTheSecondTry() {
        DatabaseAvailability database = database(Duration.ofMinutes(10), true);
        assertThat(database.retrying("applying", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("An I/O error occurred while sending to the backend");
            }
            return "applied";
        })).isEqualTo("applied");
    }

    @Test
    void aConnectionTheRestartBrokeIsTriedAgainBeyondThreeTries() {
        DatabaseAvailability database = database(Duration.ofMinutes(10), true);
        assertThat(database.retrying("applying", () -> {
            if (tries.incrementAndGet() <= 4) {
                throw new IllegalStateException("could not execute", new SQLException(
                        "terminating connection due to administrator command", "57P01"));
            }
            return "applied";
        })).isEqualTo("applied");
        assertThat(tries).hasValue(5);
        assertThat(pauses).containsOnly(DatabaseAvailability.PAUSE).hasSize(4);
    }

    @Test
    void aConnectionThatStaysBrokenFailsOncePatienceIsSpent() {
        DatabaseAvailability database = database(Duration.ofSeconds(5), true);
        assertThatThrownBy(() -> database.retrying("applying", () -> {
            throw new IllegalStateException("attempt " + tries.incrementAndGet(), new SQLException("I/O error", "08006"));
        })).hasMessage("attempt 6");
        assertThat(pauses).hasSize(5);
    }

    @Test
    void anUnreadableRecordFailsAtOnce() {
        DatabaseAvailability database = database(Duration.ofMinutes(10), false);
        assertThatThrownBy(() -> database.retrying("applying", () -> {
            tries.incrementAndGet();
            throw new PoisonEventException("not JSON");
        })).isInstanceOf(PoisonEventException.class);
        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aDatabaseAwayLongerThanThePatienceFailsTheWork() {
        DatabaseAvailability database = database(Duration.ofSeconds(5), false);
        assertThatThrownBy(() -> database.retrying("applying", () -> {
            throw new IllegalStateException("connection refused " + tries.incrementAndGet());
        })).hasMessage("connection refused 1");
        assertThat(pauses).hasSize(5);
    }
}
