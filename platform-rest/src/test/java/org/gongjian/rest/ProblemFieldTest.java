package org.gongjian.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemFieldTest {

    record Item(@Max(5) int count) {
    }

    record Request(List<@Valid Item> items, List<@NotNull String> names, Map<String, @Valid Item> byName, @Valid Item one) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void namesTheElementOfAListOrMapWhereTheViolationIs() {
        Request request = new Request(List.of(new Item(1), new Item(9)), Arrays.asList("a", null),
                Map.of("k", new Item(7)), new Item(8));

        assertThat(validator.validate(request)).extracting(ProblemMappers::field)
                .containsExactlyInAnyOrder("items[1].count", "names[1]", "byName[k].count", "one.count");
    }
}
