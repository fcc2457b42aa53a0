package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTest {

    private static final Texts TEXTS = Texts.of("sample");
    private static final Locale ZH = Languages.DEFAULT;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void aDetailGivenByKeyIsReadInTheCallersLanguageWithItsArguments() {
        ProblemException conflict = ProblemException.conflict(TEXTS.message("not-planned", TEXTS.message("status.HELD")));
        assertThat(conflict.detail(ZH)).isEqualTo("该活动已开展，只有计划中的活动可以修改");
        assertThat(conflict.detail(EN)).isEqualTo("The activity is held; only a planned activity can change");
        assertThat(conflict.getMessage()).as("logs read English").isEqualTo(conflict.detail(EN));
    }

    @Test
    void aFieldMessageGivenByKeyIsReadInTheCallersLanguageAndMakesTheDetail() {
        RuleViolation invalid = RuleViolation.invalid("endsAt", TEXTS.message("ends-before-start"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.field()).isEqualTo("endsAt");
        assertThat(invalid.errors(ZH)).containsExactly(new Problem.FieldError("endsAt", "必须晚于开始时间 startsAt"));
        assertThat(invalid.errors(EN)).containsExactly(new Problem.FieldError("endsAt", "must be after startsAt"));
        assertThat(invalid.detail(ZH)).isEqualTo("endsAt: 必须晚于开始时间 startsAt");
        assertThat(invalid.detail(EN)).isEqualTo("endsAt: must be after startsAt");
    }

    @Test
    void aRefusalQuotedInAnotherIsReadInTheSameLanguage() {
        RuleViolation inner = RuleViolation.invalid("leadId", TEXTS.message("ends-before-start"));
        RuleViolation outer = RuleViolation.conflict(TEXTS.message("not-activatable", "p-1", inner.detail()));
        assertThat(outer.detail(ZH)).isEqualTo("结对 p-1 已不能启动：leadId: 必须晚于开始时间 startsAt");
        assertThat(outer.detail(EN)).isEqualTo("Pairing p-1 can no longer be activated: leadId: must be after startsAt");
    }

    @Test
    void aDetailGivenAsTextReadsTheSameInEveryLanguage() {
        ProblemException invalid = ProblemException.invalid("format", "must be xlsx or csv");
        assertThat(invalid.detail(ZH)).isEqualTo("format: must be xlsx or csv").isEqualTo(invalid.detail(EN))
                .isEqualTo(invalid.getMessage());
        assertThat(invalid.errors()).containsExactly(new Problem.FieldError("format", "must be xlsx or csv"));
        ProblemException gone = new ProblemException(410, "gone", "It is gone", List.of());
        assertThat(gone.detail(EN)).isEqualTo("It is gone");
        assertThat(gone.errors(EN)).isEmpty();
    }

    @Test
    void theProblemBodyHasTheSameShapeInEitherLanguage() {
        ProblemException conflict = ProblemException.conflict(TEXTS.message("not-planned", TEXTS.message("status.HELD")));
        Problem zh = ProblemMappers.problem(conflict, ZH, "/api/activities/1");
        Problem en = ProblemMappers.problem(conflict, EN, "/api/activities/1");
        assertThat(zh).isEqualTo(new Problem("https://gongjian.org/problems/conflict", "当前状态不允许该操作", 409,
                "该活动已开展，只有计划中的活动可以修改", "/api/activities/1", List.of()));
        assertThat(en).isEqualTo(new Problem("https://gongjian.org/problems/conflict", "Not allowed in the current state", 409,
                "The activity is held; only a planned activity can change", "/api/activities/1", List.of()));
        assertThat(ProblemTitles.detail("unauthorized").in(EN)).isEqualTo("A valid access token is required");
        assertThat(ProblemTitles.detail("unauthorized").in(ZH)).isEqualTo("需要有效的访问令牌");
    }

    @Test
    void aThingNotFoundIsNamedInTheCallersLanguage() {
        ProblemException notFound = ProblemException.notFound("Pairing", "p-1");
        assertThat(notFound.detail(ZH)).isEqualTo("未找到结对（p-1）");
        assertThat(notFound.detail(EN)).isEqualTo("Pairing p-1 was not found");
        assertThat(ProblemException.notFound("Committee", "c-1").detail(EN)).as("a name without a text stays as it is")
                .isEqualTo("Committee c-1 was not found");
    }
}
