package org.gongjian.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code { "items": [...], "page": 0, "size": 20, "total": 123 }}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
        return new Page<>(items, query.page(), query.size(), total);
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), page, size, total);
    }
}
