package org.gongjian.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Kind { BRANCH, GENERAL_BRANCH }

    record Contact(String name) {
    }

    record Request(String name, @MultiLine String summary, Kind kind, java.util.UUID parentId, LocalDate heldOn, OffsetDateTime startsAt,
            List<String> goals, List<Contact> contacts) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonOffsets().customize(mapper);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void readsWhatTheApiDocuments() throws Exception {
        Request request = mapper.readValue("""
                {"name":"第一党支部","summary":"一行\\n二行\\t缩进","kind":"BRANCH","heldOn":"2025-06-01",
                 "startsAt":"2025-06-01T09:30:00+08:00","goals":["共建"],"contacts":[{"name":"张三"}]}""", Request.class);

        assertThat(request.summary()).contains("\n");
        assertThat(request.startsAt().getOffset().getId()).isEqualTo("+08:00");
    }

    @Test
    void refusesAKeyTwiceNamingIt() {
        assertThat(fieldOf("{\"name\":\"a\",\"name\":\"b\"}")).isEqualTo("name");
        assertThat(fieldOf("{\"contacts\":[{\"name\":\"a\"},{\"name\":\"a\",\"name\":\"b\"}]}")).isEqualTo("contacts[1].name");
    }

    @Test
    void refusesControlCharactersNamingTheField() {
        assertThat(fieldOf("{\"name\":\"a\\u0000b\"}")).isEqualTo("name");
        assertThat(fieldOf("{\"name\":\"a\\nb\"}")).isEqualTo("name");
        assertThat(fieldOf("{\"summary\":\"a\\u0000b\"}")).isEqualTo("summary");
        assertThat(fieldOf("{\"goals\":[\"ok\",\"a\\u0007\"]}")).isEqualTo("goals[1]");
        assertThat(fieldOf("{\"contacts\":[{\"name\":\"\\u001b[31m\"}]}")).isEqualTo("contacts[0].name");
        assertThat(fieldOf("{\"kind\":\"BRANCH\\u0000\"}")).isEqualTo("kind");
        assertThat(fieldOf("{\"parentId\":\"\\u0000\"}")).isEqualTo("parentId");
    }

    @Test
    void refusesNumbersForEnumsAndDates() {
        assertThat(fieldOf("{\"kind\":1}")).isEqualTo("kind");
        assertThat(fieldOf("{\"heldOn\":1748736000}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"startsAt\":1748736000}")).isEqualTo("startsAt");
        assertThat(fieldOf("{\"startsAt\":1748736000.5}")).isEqualTo("startsAt");
    }

    @Test
    void refusesADateTimeWhereADateIsMeant() {
        assertThat(fieldOf("{\"heldOn\":\"2025-06-01T00:00:00Z\"}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"heldOn\":\"2025-06-01T08:00:00+08:00\"}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"heldOn\":\"2025-06-01T08:00\"}")).isEqualTo("heldOn");
    }

    @Test
    void refusesDatesOutsideTheDocumentedYears() {
        assertThat(fieldOf("{\"heldOn\":\"-5000-01-01\"}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"heldOn\":\"+999999999-12-31\"}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"heldOn\":\"1899-12-31\"}")).isEqualTo("heldOn");
        assertThat(fieldOf("{\"startsAt\":\"+999999999-12-31T00:00:00+08:00\"}")).isEqualTo("startsAt");
        assertThat(fieldOf("{\"startsAt\":\"2201-01-01T00:00:00Z\"}")).isEqualTo("startsAt");
    }

    @Test
    void acceptsTheBoundsThemselves() throws Exception {
        Request request = mapper.readValue("{\"heldOn\":\"1900-01-01\",\"startsAt\":\"2200-12-31T23:59:59+08:00\"}",
                Request.class);
        assertThat(request.heldOn()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void refusedValuesAreExplainedInChineseByDefaultAndInEnglishOnRequest() {
        assertThat(reasonOf("{\"name\":\"a\\u0000b\"}").in(Languages.DEFAULT)).isEqualTo("不能含有控制字符或换行");
        assertThat(reasonOf("{\"name\":\"a\\u0000b\"}").in(java.util.Locale.ENGLISH))
                .isEqualTo("must not contain control characters or line breaks");
        assertThat(reasonOf("{\"heldOn\":1748736000}").in(Languages.DEFAULT)).isEqualTo("须为 ISO-8601 格式的文本，例如 2025-06-01");
        assertThat(reasonOf("{\"startsAt\":1748736000}").in(java.util.Locale.ENGLISH))
                .isEqualTo("must be an ISO-8601 text such as 2025-06-01T09:30:00+08:00");
        assertThat(reasonOf("{\"heldOn\":\"1899-12-31\"}").in(Languages.DEFAULT)).isEqualTo("年份须在 1900 到 2200 之间");
    }

    private Message reasonOf(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(json, Request.class));
        assertThat(thrown).isInstanceOf(RefusedValueException.class);
        return ((RefusedValueException) thrown).reason();
    }

    private String fieldOf(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(json, Request.class));
        assertThat(thrown).isInstanceOf(JsonProcessingException.class);
        String duplicate = ProblemMappers.duplicateKey((JsonProcessingException) thrown);
        if (duplicate != null) {
            return duplicate;
        }
        assertThat(thrown).isInstanceOf(JsonMappingException.class);
        return ProblemMappers.path((JsonMappingException) thrown);
    }
}
