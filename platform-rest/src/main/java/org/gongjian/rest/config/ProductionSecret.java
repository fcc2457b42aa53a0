package org.gongjian.rest.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A signing key or client secret of a {@code @ConfigMapping}. Outside dev and test mode it must be set for the
 * deployment: at least {@value ProductionSecretValidator#MIN_LENGTH} characters and none of the values committed for
 * development ({@code dev-only-…}, {@code test-only-…}, {@code change-me…}). Quarkus validates mappings while it
 * starts, so a service without such a secret stops before it opens a port, naming the setting.
 */
@Documented
@Constraint(validatedBy = ProductionSecretValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProductionSecret {

    String message() default "must be set for this deployment: a random value of at least "
            + ProductionSecretValidator.MIN_LENGTH + " characters, not a development default";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
