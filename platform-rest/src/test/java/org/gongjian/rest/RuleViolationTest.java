package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleViolationTest {

    @Test
    void anInvalidInputNamesEveryBrokenField() {
        assertThatThrownBy(() -> RuleViolation.rejectAny(List.of(new Problem.FieldError("foundedOn", "must not be in the future"),
                new Problem.FieldError("contacts[0].email", "is not an e-mail address"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.kind()).isEqualTo("validation");
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("foundedOn", "contacts[0].email");
                    assertThat(e.getMessage()).isEqualTo("foundedOn: must not be in the future; contacts[0].email: is not an e-mail address");
                    assertThat(e.field()).isEqualTo("foundedOn");
                });
    }

    @Test
    void nothingBrokenRefusesNothing() {
        assertThatCode(() -> RuleViolation.rejectAny(List.of())).doesNotThrowAnyException();
    }

    @Test
    void aStateThatDoesNotAllowTheChangeIsAConflict() {
        RuleViolation conflict = RuleViolation.conflict("Only a planned activity can change");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.kind()).isEqualTo("conflict");
        assertThat(conflict.errors()).isEmpty();
        assertThat(conflict.field()).isNull();
    }
}
