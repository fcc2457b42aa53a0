package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTest {

    private static final Set<String> SORTABLE = Set.of("name", "foundedOn");

    @Test
    void defaultsToTheFirstPageOfTwentySortedByTheDefault() {
        PageQuery query = PageQuery.of(null, null, null, SORTABLE, "name,asc");

        assertThat(query).isEqualTo(new PageQuery(0, 20, "name", true));
        assertThat(query.offset()).isZero();
    }

    @Test
    void readsFieldAndDirection() {
        PageQuery query = PageQuery.of(2, 50, "foundedOn,desc", SORTABLE, "name");

        assertThat(query).isEqualTo(new PageQuery(2, 50, "foundedOn", false));
        assertThat(query.offset()).isEqualTo(100);
    }

    @Test
    void refusesSizesAbove200AndNegativePagesNamingTheField() {
        assertThatThrownBy(() -> PageQuery.of(0, 201, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("size"));
        assertThatThrownBy(() -> PageQuery.of(-1, 20, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("page"));
    }

    @Test
    void refusesInChineseByDefaultAndInEnglishOnRequest() {
        assertThatThrownBy(() -> PageQuery.of(0, 201, null, SORTABLE, "name")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.errors(Languages.DEFAULT)).containsExactly(new Problem.FieldError("size", "须在 1 到 200 之间"));
            assertThat(e.errors(Locale.ENGLISH)).containsExactly(new Problem.FieldError("size", "must be between 1 and 200"));
        });
        assertThatThrownBy(() -> PageQuery.of(-1, 20, null, SORTABLE, "name")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.detail(Locale.ENGLISH)).isEqualTo("page: must be between 0 and 1000000"));
        assertThatThrownBy(() -> PageQuery.of(0, 20, "password", SORTABLE, "name")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.detail(Languages.DEFAULT)).isEqualTo("sort: 只能按以下字段排序：foundedOn, name"));
        assertThatThrownBy(() -> PageQuery.of(0, 20, "name,sideways", SORTABLE, "name")).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.detail(Languages.DEFAULT)).isEqualTo("sort: 排序方向须为 asc 或 desc");
                    assertThat(e.detail(Locale.ENGLISH)).isEqualTo("sort: direction must be asc or desc");
                });
    }

    @Test
    void refusesUnknownSortFieldsAndDirections() {
        assertThatThrownBy(() -> PageQuery.of(0, 20, "password,asc", SORTABLE, "name"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("foundedOn, name"));
        assertThatThrownBy(() -> PageQuery.of(0, 20, "name,sideways", SORTABLE, "name"))
                .isInstanceOf(ProblemException.class);
    }
}
