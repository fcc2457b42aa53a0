package org.gongjian.notification.service;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Lists of ids kept in a text column, comma separated. */
final class Ids {

    private Ids() {
    }

    static String join(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    static List<UUID> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
    }
}
