package org.gongjian.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredSamples() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).toArray();
        Percentiles p = Percentiles.of(shuffled, TimeUnit.NANOSECONDS);
        assertEquals(100, p.count());
        assertEquals(sortedValue(shuffled, 50), p.at(50));
        assertEquals(sortedValue(shuffled, 95), p.at(95));
        assertEquals(sortedValue(shuffled, 99), p.at(99));
        assertEquals(100, p.max());
    }

    @Test
    void nearestRankOfAHundredMeasurementsInDescendingOrder() {
        List<Long> millis = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            millis.add(i);
        }
        Percentiles p = Percentiles.of(millis, TimeUnit.MILLISECONDS);
        assertEquals(100, p.count());
        assertEquals(50, p.at(50));
        assertEquals(95, p.at(95));
        assertEquals(99, p.at(99));
        assertEquals(100, p.max());
    }

    @Test
    void medianOfFourIsTheSecondAndOfOneIsItself() {
        assertEquals(2, Percentiles.of(new long[] {4, 1, 3, 2}, TimeUnit.NANOSECONDS).at(50));
        assertEquals(3, Percentiles.of(new long[] {4, 1, 3, 2}, TimeUnit.NANOSECONDS).at(75));
        assertEquals(4, Percentiles.of(new long[] {4, 1, 3, 2}, TimeUnit.NANOSECONDS).at(76));
        assertEquals(7, Percentiles.of(new long[] {7}, TimeUnit.NANOSECONDS).at(1));
        assertEquals(7, Percentiles.of(new long[] {7}, TimeUnit.NANOSECONDS).at(99.9));
    }

    @Test
    void aSlowTailShowsInP99NotInP50() {
        long[] samples = new long[1000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i < 985 ? 1_000_000 : 200_000_000;
        }
        Percentiles p = Percentiles.of(samples, TimeUnit.NANOSECONDS);
        assertEquals(1.0, p.millis(50));
        assertEquals(1.0, p.millis(95));
        assertEquals(200.0, p.millis(99));
    }

    @Test
    void oneSlowRequestAmongFewIsTheNinetyFifthPercentile() {
        Percentiles p = Percentiles.of(List.of(10L, 12L, 11L, 5000L), TimeUnit.MILLISECONDS);
        assertEquals(11, p.at(50));
        assertEquals(5000, p.at(95));
        assertEquals(5000, p.max());
        assertEquals(5000.0, p.millis(95));
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] samples = {3, 1, 2};
        Percentiles.of(samples, TimeUnit.NANOSECONDS);
        assertArrayEquals(new long[] {3, 1, 2}, samples);
    }

    @Test
    void refusesPercentilesOutsideTheRangeAndEmptySamples() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, TimeUnit.NANOSECONDS).at(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[] {1}, TimeUnit.NANOSECONDS).at(100.1));
        assertThrows(IllegalStateException.class, () -> Percentiles.of(new long[0], TimeUnit.NANOSECONDS).at(50));
    }

    @Test
    void printsWholeMillisecondsOrADashWithoutSamples() {
        assertEquals("-", Percentiles.of(List.of(), TimeUnit.MILLISECONDS).toString());
        assertEquals("p50 7 / p95 7 / p99 7 / max 7 ms", Percentiles.of(List.of(7L), TimeUnit.MILLISECONDS).toString());
        assertEquals("p50 2 / p95 2 / p99 2 / max 2 ms",
                Percentiles.of(new long[] {2_500_000}, TimeUnit.NANOSECONDS).toString());
    }

    private static long sortedValue(long[] values, int rank) {
        return LongStream.of(values).sorted().toArray()[rank - 1];
    }
}
