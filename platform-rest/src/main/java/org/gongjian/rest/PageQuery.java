package org.gongjian.rest;

import java.util.Set;

/**
 * {@code page} (from 0), {@code size} (default 20, at most 200) and {@code sort} ({@code field,asc|desc}) of a list
 * request (page at most {@value Bounds#MAX_PAGE}), validated against the fields a resource allows sorting by.
 */
public record PageQuery(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        int resolvedPage = page == null ? 0 : page;
        int resolvedSize = size == null ? DEFAULT_SIZE : size;
        if (resolvedPage < 0 || resolvedPage > Bounds.MAX_PAGE) {
            throw ProblemException.invalid("page", ProblemTitles.field("between", 0, Bounds.MAX_PAGE));
        }
        if (resolvedSize < 1 || resolvedSize > MAX_SIZE) {
            throw ProblemException.invalid("size", ProblemTitles.field("between", 1, MAX_SIZE));
        }
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",", -1);
        String field = parts[0].trim();
        if (!sortable.contains(field)) {
            throw ProblemException.invalid("sort",
                    ProblemTitles.field("sortable", String.join(", ", sortable.stream().sorted().toList())));
        }
        boolean ascending = true;
        if (parts.length > 1) {
            String direction = parts[1].trim().toLowerCase();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw ProblemException.invalid("sort", ProblemTitles.field("sort-direction"));
            }
            ascending = direction.equals("asc");
        }
        return new PageQuery(resolvedPage, resolvedSize, field, ascending);
    }

    /** Bounded by {@link Bounds#MAX_PAGE} × {@link #MAX_SIZE}, so never overflows. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
