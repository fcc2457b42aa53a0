package org.gongjian.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintMessagesTest {

    record Preference(@NotBlank String name, @Size(max = 2) String code,
            @Pattern(regexp = "zh-CN|en", message = "{sample-texts:language}") String language) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void builtInMessagesAreChineseByDefaultAndEnglishOnRequest() {
        Message blank = messageOf(new Preference(" ", null, null), "name");
        assertThat(blank.in(Languages.DEFAULT)).isEqualTo("不能为空");
        assertThat(blank.in(Locale.ENGLISH)).isEqualTo("must not be blank");
        Message size = messageOf(new Preference("a", "abc", null), "code");
        assertThat(size.in(Languages.DEFAULT)).isEqualTo("个数必须在0和2之间");
        assertThat(size.in(Locale.ENGLISH)).isEqualTo("size must be between 0 and 2");
    }

    @Test
    void aConstraintsOwnMessageIsAKeyOfAModulesTexts() {
        Message language = messageOf(new Preference("a", null, "fr"), "language");
        assertThat(language.in(Languages.DEFAULT)).isEqualTo("须为 zh-CN 或 en");
        assertThat(language.in(Locale.ENGLISH)).isEqualTo("must be zh-CN or en");
    }

    private Message messageOf(Preference preference, String field) {
        ConstraintViolation<Preference> violation = validator.validate(preference).stream()
                .filter(v -> v.getPropertyPath().toString().equals(field)).findFirst().orElseThrow();
        return ConstraintMessages.of(violation);
    }
}
