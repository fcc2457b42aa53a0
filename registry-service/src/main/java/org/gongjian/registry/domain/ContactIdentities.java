package org.gongjian.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Which stated contact is which contact already on the register, so that a person keeps their identity (and their
 * account) when the list is sent again: the same {@code id}, else the same name, else the same e-mail (in any case).
 * A contact matching none is a new person.
 */
final class ContactIdentities {

    private ContactIdentities() {
    }

    static List<Contact> keep(List<Contact> current, List<Contact> stated) {
        List<Contact> unclaimed = new ArrayList<>(current);
        List<Contact> result = new ArrayList<>(stated.size());
        List<Contact> pending = new ArrayList<>(stated);
        // three passes so that an exact id always wins over a name, and a name over an e-mail
        Contact[] matched = new Contact[stated.size()];
        claim(pending, unclaimed, matched, (s, c) -> s.id() != null && s.id().equals(c.id()));
        claim(pending, unclaimed, matched, (s, c) -> s.name() != null && s.name().equals(c.name()));
        claim(pending, unclaimed, matched, (s, c) -> s.email() != null && c.email() != null
                && s.email().toLowerCase(Locale.ROOT).equals(c.email().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < stated.size(); i++) {
            Contact contact = stated.get(i);
            result.add(matched[i] == null ? contact.identified(UUID.randomUUID(), null)
                    : contact.identified(matched[i].id(), matched[i].account()));
        }
        return result;
    }

    private static void claim(List<Contact> stated, List<Contact> unclaimed, Contact[] matched,
            BiPredicate<Contact, Contact> same) {
        for (int i = 0; i < stated.size(); i++) {
            if (matched[i] != null || stated.get(i) == null) {
                continue;
            }
            for (Contact candidate : unclaimed) {
                if (candidate.id() != null && same.test(stated.get(i), candidate)) {
                    matched[i] = candidate;
                    unclaimed.remove(candidate);
                    break;
                }
            }
        }
    }

    /** The contacts of {@code before} that are no longer in {@code after}. */
    static List<Contact> removed(List<Contact> before, List<Contact> after) {
        return before.stream()
                .filter(old -> after.stream().noneMatch(now -> Objects.equals(now.id(), old.id())))
                .toList();
    }
}
