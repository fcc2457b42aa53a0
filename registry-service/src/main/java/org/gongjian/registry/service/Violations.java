package org.gongjian.registry.service;

import org.gongjian.registry.domain.Violation;
import org.gongjian.rest.Problem;
import org.gongjian.rest.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/** Turns broken rules into one 400 answer that names every field. */
final class Violations {

    private Violations() {
    }

    static void reject(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        throw new ProblemException(400, "validation", detail,
                violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
    }
}
