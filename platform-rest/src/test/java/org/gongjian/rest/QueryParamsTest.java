package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryParamsTest {

    private static final Locale ZH = Languages.DEFAULT;
    private static final Locale EN = Locale.ENGLISH;

    enum Status { PLANNED, HELD }

    @Test
    void readsValuesAndTakesBlankForAbsent() {
        assertThat(QueryParams.integer("page", " 3 ")).isEqualTo(3);
        assertThat(QueryParams.uuid("org", " ")).isNull();
        assertThat(QueryParams.enumeration("status", "HELD", Status.class)).isEqualTo(Status.HELD);
        assertThat(QueryParams.date("from", "2026-01-01")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(QueryParams.bool("open", "TRUE")).isTrue();
    }

    @Test
    void refusesNamingTheParameterInChineseByDefaultAndInEnglishOnRequest() {
        assertRefused(() -> QueryParams.integer("page", "x"), "page", "须为整数", "must be an integer");
        assertRefused(() -> QueryParams.uuid("org", "x"), "org", "须为 UUID", "must be a UUID");
        assertRefused(() -> QueryParams.enumeration("status", "GONE", Status.class), "status",
                "须为以下之一：[PLANNED, HELD]", "must be one of [PLANNED, HELD]");
        assertRefused(() -> QueryParams.date("from", "June"), "from", "须为日期，例如 2025-06-01",
                "must be a date such as 2025-06-01");
        assertRefused(() -> QueryParams.date("from", "1899-12-31"), "from", "年份须在 1900 到 2200 之间",
                "must lie between the years 1900 and 2200");
        assertRefused(() -> QueryParams.bool("open", "yes"), "open", "须为 true 或 false", "must be true or false");
    }

    static void assertRefused(Runnable parse, String field, String chinese, String english) {
        ProblemException e = catchThrowableOfType(ProblemException.class, parse::run);
        assertThat(e).as(field).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors(ZH)).containsExactly(new Problem.FieldError(field, chinese));
        assertThat(e.errors(EN)).containsExactly(new Problem.FieldError(field, english));
    }
}
