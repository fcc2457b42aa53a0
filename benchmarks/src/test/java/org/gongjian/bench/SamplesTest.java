package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesTest {

    @Test
    void growsAndMergesEveryWorkersSamples() {
        Samples a = new Samples();
        Samples b = new Samples();
        for (int i = 0; i < 40_000; i++) {
            a.add(i);
        }
        b.add(-1);
        long[] merged = Samples.merge(List.of(a, b));
        assertThat(merged).hasSize(40_001);
        assertThat(merged[39_999]).isEqualTo(39_999);
        assertThat(merged[40_000]).isEqualTo(-1);
    }
}
