package org.gongjian.events;

import java.util.List;

/** Checks shared by the snapshot records' constructors. */
public final class Snapshots {

    private Snapshots() {
    }

    /** An unmodifiable copy; {@code null} becomes the empty list, so snapshots never hold a null list. */
    public static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Like {@link #listOf}, but at least one element is required. */
    public static <T> List<T> nonEmptyListOf(List<T> values, String name) {
        List<T> copy = listOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }
}
