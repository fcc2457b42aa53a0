package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void theFirstOfChineseOrEnglishAcceptedWinsAndZhCnOtherwise() {
        assertThat(Languages.of(List.of(Locale.forLanguageTag("en-US"), Locale.CHINESE))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(List.of(Locale.FRENCH, Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.of(List.of(Locale.FRENCH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.of(List.<Locale>of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aHeaderOrATagIsReadTheSameWay() {
        assertThat(Languages.of("en-GB,zh;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of("zh-CN,en;q=0.9")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of((String) null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.of("not a language;;")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aLangParameterWinsOverTheHeaderUnlessBlank() {
        assertThat(Languages.of("en", "zh-CN")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of("zh", "en")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.of(" ", "en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(null, "en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(null, null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void textsComeFromTheModuleBundleInTheChosenLanguage() {
        assertThat(Texts.of("problem").get("not-found")).isEqualTo("资源不存在");
        assertThat(Texts.of("problem").get(Locale.ENGLISH, "not-found")).isEqualTo("Not found");
        assertThat(Texts.of("problem").find(Locale.ENGLISH, "no-such-key")).isEmpty();
    }
}
