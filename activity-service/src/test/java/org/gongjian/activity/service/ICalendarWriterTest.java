package org.gongjian.activity.service;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTest {

    @Test
    void foldsLongChineseLinesAt75OctetsWithoutSplittingACharacter() {
        ICalendarWriter writer = new ICalendarWriter();
        String summary = "SUMMARY:" + "湘潭高新区纪检监察党支部与湖南华菱线缆股份有限公司党委开展庆六一主题党日活动".repeat(2);
        writer.line(summary);
        String text = writer.toString();
        assertThat(text).endsWith("\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(text.replace("\r\n ", "").strip()).isEqualTo(summary);
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndNewlines() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
