package org.gongjian.bench;

import org.gongjian.stack.Percentiles;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RowTest {

    @Test
    void aRequestThatNeverAnsweredInTimeIsARowNotAFailure() {
        LoadGenerator.Result none = new LoadGenerator.Result(8, 0, 3, 10, Percentiles.of(new long[0], TimeUnit.NANOSECONDS),
                "400 bad range");
        Row row = Row.of("overview", none, "");
        assertThat(row.p50()).isNull();
        assertThat(row.markdown()).contains("no request answered in time").contains("3 errors: 400 bad range");
    }

    @Test
    void smallRatiosKeepTheirDigits() {
        Row row = new Row("by id", "4 conn", 6.0, 1.0, 2.0, 3.0, null, null, "").withLimit("pgbench 1,617 tps", 6.0 / 1617);
        assertThat(row.ratio()).isEqualTo("0.0037");
        assertThat(new Row("x", "-", 1.0, null, null, null, null, null, "").withLimit("l", 0.5).ratio()).isEqualTo("0.50");
    }
}
