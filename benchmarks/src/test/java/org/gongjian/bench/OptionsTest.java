package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void defaultsToEveryMeasureAtSmallScale() {
        Options o = Options.parse();
        assertThat(o.scale()).isEqualTo("small");
        assertThat(o.only()).containsExactlyElementsOf(Options.MEASURES);
        assertThat(o.organizations()).isEqualTo(20_000);
    }

    @Test
    void readsScaleOnlyAndDurations() {
        Options o = Options.parse("--scale", "province", "--only", "reads,search", "--duration", "20", "--warmup", "3");
        assertThat(o.organizations()).isEqualTo(200_000);
        assertThat(o.wants("reads")).isTrue();
        assertThat(o.wants("import")).isFalse();
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void runsTheLedgerAlone() {
        Options o = Options.parse("--only", "ledger");
        assertThat(o.wants("ledger")).isTrue();
        assertThat(o.only()).containsExactly("ledger");
        assertThat(Options.parse().wants("ledger")).isTrue();
    }

    @Test
    void refusesUnknownMeasuresScalesAndOptions() {
        assertThatThrownBy(() -> Options.parse("--only", "reads,speed")).hasMessageContaining("speed");
        assertThatThrownBy(() -> Options.parse("--scale", "city")).hasMessageContaining("city");
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> Options.parse("--only")).hasMessageContaining("needs a value");
    }
}
