package org.gongjian.rest;

import org.junit.jupiter.api.Test;

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
    void refusesUnknownSortFieldsAndDirections() {
        assertThatThrownBy(() -> PageQuery.of(0, 20, "password,asc", SORTABLE, "name"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("foundedOn, name"));
        assertThatThrownBy(() -> PageQuery.of(0, 20, "name,sideways", SORTABLE, "name"))
                .isInstanceOf(ProblemException.class);
    }
}
