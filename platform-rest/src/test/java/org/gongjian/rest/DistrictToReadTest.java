package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistrictToReadTest {

    @Test
    void aCityAdministratorReadsTheDistrictItNames() {
        assertThat(DistrictToRead.of(true, Optional.of("雨湖区"), "岳塘区")).contains("岳塘区");
        assertThat(DistrictToRead.of(true, Optional.empty(), " 岳塘区 ")).contains("岳塘区");
    }

    @Test
    void aCityAdministratorNamingNoneReadsItsOwnDistrictElseEveryDistrict() {
        assertThat(DistrictToRead.of(true, Optional.of("雨湖区"), null)).contains("雨湖区");
        assertThat(DistrictToRead.of(true, Optional.of("雨湖区"), " ")).contains("雨湖区");
        assertThat(DistrictToRead.of(true, Optional.empty(), null)).isEmpty();
    }

    @Test
    void whereOneDistrictIsNeededACityAdministratorWithoutOneMustNameIt() {
        assertThat(DistrictToRead.required(true, Optional.of("雨湖区"), null)).isEqualTo("雨湖区");
        assertThatThrownBy(() -> DistrictToRead.required(true, Optional.empty(), ""))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("district");
                });
    }

    @Test
    void everyoneElseReadsTheirOwnDistrictAndAnotherOneDoesNotExist() {
        assertThat(DistrictToRead.of(false, Optional.of("雨湖区"), null)).contains("雨湖区");
        assertThat(DistrictToRead.of(false, Optional.of("雨湖区"), "雨湖区")).contains("雨湖区");
        assertThatThrownBy(() -> DistrictToRead.of(false, Optional.of("雨湖区"), "岳塘区"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> DistrictToRead.of(false, Optional.empty(), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
