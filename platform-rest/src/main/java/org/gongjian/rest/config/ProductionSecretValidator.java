package org.gongjian.rest.config;

import io.quarkus.runtime.LaunchMode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;
import java.util.Locale;

/** See {@link ProductionSecret}. In dev and test mode any non-blank value will do. */
public class ProductionSecretValidator implements ConstraintValidator<ProductionSecret, String> {

    static final int MIN_LENGTH = 32;

    /** How the values committed for development and tests begin. */
    private static final List<String> DEVELOPMENT_MARKERS = List.of("dev-only", "test-only", "local-only", "change-me");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (LaunchMode.current().isDevOrTest()) {
            return true;
        }
        return acceptableInProduction(value);
    }

    static boolean acceptableInProduction(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.length() >= MIN_LENGTH && DEVELOPMENT_MARKERS.stream().noneMatch(lower::startsWith);
    }
}
