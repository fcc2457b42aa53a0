package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredSamples() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).toArray();
        Percentiles p = Percentiles.of(shuffled);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.nanos(50)).isEqualTo(sortedValue(shuffled, 50));
        assertThat(p.nanos(95)).isEqualTo(sortedValue(shuffled, 95));
        assertThat(p.nanos(99)).isEqualTo(sortedValue(shuffled, 99));
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void medianOfFourIsTheSecondAndOfOneIsItself() {
        assertThat(Percentiles.of(new long[] {4, 1, 3, 2}).nanos(50)).isEqualTo(2);
        assertThat(Percentiles.of(new long[] {4, 1, 3, 2}).nanos(75)).isEqualTo(3);
        assertThat(Percentiles.of(new long[] {4, 1, 3, 2}).nanos(76)).isEqualTo(4);
        assertThat(Percentiles.of(new long[] {7}).nanos(1)).isEqualTo(7);
        assertThat(Percentiles.of(new long[] {7}).nanos(99.9)).isEqualTo(7);
    }

    @Test
    void aSlowTailShowsInP99NotInP50() {
        long[] samples = new long[1000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i < 985 ? 1_000_000 : 200_000_000;
        }
        Percentiles p = Percentiles.of(samples);
        assertThat(p.millis(50)).isEqualTo(1.0);
        assertThat(p.millis(95)).isEqualTo(1.0);
        assertThat(p.millis(99)).isEqualTo(200.0);
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] samples = {3, 1, 2};
        Percentiles.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void refusesPercentilesOutsideTheRangeAndEmptySamples() {
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).nanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).nanos(100.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[0]).nanos(50)).isInstanceOf(IllegalStateException.class);
    }

    private static long sortedValue(long[] values, int rank) {
        return LongStream.of(values).sorted().toArray()[rank - 1];
    }
}
