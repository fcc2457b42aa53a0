package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void anETagRoundTripsThroughIfMatch() {
        assertThat(Versions.fromIfMatch(Versions.etag(7))).isEqualTo(7);
        assertThat(Versions.fromIfMatch("W/\"7\"")).isEqualTo(7);
    }

    @Test
    void aMissingIfMatchIs428AndAStaleOneIs412() {
        assertThatThrownBy(() -> Versions.requireCurrent(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> Versions.requireCurrent("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThatThrownBy(() -> Versions.requireCurrent("\"2\"", 3)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.detail(Languages.DEFAULT)).isEqualTo("该数据已更新到第 3 版，请重新读取后重试");
            assertThat(e.detail(java.util.Locale.ENGLISH)).isEqualTo("The resource is at version 3; read it again and retry");
        });
        Versions.requireCurrent("\"3\"", 3);
    }

    @Test
    void anAnswerCarriesItsEntityAndItsVersionAsETag() {
        jakarta.ws.rs.core.Response response = Versions.withEtag(jakarta.ws.rs.core.Response.ok(), "body", 4);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo("body");
        assertThat(response.getHeaderString("ETag")).isEqualTo("\"4\"");
        assertThat(Versions.fromIfMatch(response.getHeaderString("ETag"))).isEqualTo(4);
    }

    @Test
    void aMissingOrForeignIfMatchIsExplainedInChineseByDefaultAndInEnglishOnRequest() {
        assertThatThrownBy(() -> Versions.fromIfMatch(" ")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.detail(Languages.DEFAULT)).isEqualTo("请在 If-Match 中带上最近一次读取时的 ETag，以免覆盖他人的修改"));
        assertThatThrownBy(() -> Versions.fromIfMatch("abc")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.errors(Languages.DEFAULT)).containsExactly(new Problem.FieldError("If-Match", "不是该数据的 ETag"));
            assertThat(e.errors(java.util.Locale.ENGLISH))
                    .containsExactly(new Problem.FieldError("If-Match", "is not an ETag of this resource"));
        });
    }

    @Test
    void problemTitlesAreChineseByDefaultAndEnglishOnRequest() {
        assertThat(ProblemTitles.title("not-found", java.util.List.of())).isEqualTo("资源不存在");
        assertThat(ProblemTitles.title("not-found", java.util.List.of(java.util.Locale.ENGLISH))).isEqualTo("Not found");
        assertThat(ProblemTitles.title("no-such-kind", java.util.List.of())).isEqualTo("服务器内部错误");
    }
}
