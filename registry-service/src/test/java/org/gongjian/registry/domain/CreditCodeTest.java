package org.gongjian.registry.domain;

import org.gongjian.registry.support.CreditCodes;
import org.gongjian.rest.Languages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @Test
    void acceptsRealCodesOfRegisteredUnits() {
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCode.problem("91110000802100433B")).isEmpty();
    }

    @Test
    void theTestsOwnChecksumAgreesWithKnownGoodCodes() {
        assertThat(CreditCodes.check("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCodes.check("91110000802100433")).isEqualTo('B');
        for (int i = 0; i < 200; i++) {
            assertThat(CreditCode.isValid(CreditCodes.random())).isTrue();
        }
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(english("91350100M000100Y44")).contains("has a wrong check character");
        assertThat(english(CreditCodes.broken(CreditCodes.random()))).contains("has a wrong check character");
    }

    @Test
    void refusesWrongLengthAndCharactersOutsideTheStandard() {
        assertThat(english("91350100M000100Y4")).contains("must have 18 characters");
        assertThat(CreditCode.problem("91350100M000100Y4").map(problem -> problem.in(Languages.DEFAULT))).contains("须为 18 位");
        // I, O, S, V and Z are not used by the standard
        assertThat(english("91350100M000100I43")).get().asString().contains("outside GB 32100-2015");
        assertThat(english("Z1350100M000100Y43")).get().asString().contains("outside GB 32100-2015");
    }

    private static Optional<String> english(String code) {
        return CreditCode.problem(code).map(problem -> problem.in(Locale.ENGLISH));
    }
}
