package org.gongjian.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation message read in the caller's language (as {@link Languages} chooses it) when the answer is
 * written, not in the language the validator happened to use. A constraint's own message is a key of a module's
 * {@link Texts}, written {@code {<module>-texts:<key>}}:
 *
 * <pre>{@code
 * @Pattern(regexp = "zh-CN|en", message = "{notification-texts:preference.language}") String language
 * }</pre>
 *
 * The built-in messages ({@code @NotBlank}, {@code @Size} …) come from Hibernate Validator's bundles, zh-CN and en.
 */
final class ConstraintMessages {

    private static final Pattern TEXT_KEY = Pattern.compile("\\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)-texts:([^{}]+)}");
    private static final MessageInterpolator INTERPOLATOR = new ResourceBundleMessageInterpolator();

    private ConstraintMessages() {
    }

    static Message of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Matcher key = template == null ? null : TEXT_KEY.matcher(template);
        if (key != null && key.matches()) {
            return Texts.of(key.group(1)).message(key.group(2));
        }
        return Message.reading(locale -> interpolate(violation, locale));
    }

    private static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new Context(violation), locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("Cannot unwrap to " + type);
        }
    }
}
