package org.gongjian.registry.domain;

/** A rule an input breaks: the field (in API terms, e.g. {@code contacts[0].email}) and why. */
public record Violation(String field, String message) {
}
