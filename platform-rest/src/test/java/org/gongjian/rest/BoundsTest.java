package org.gongjian.rest;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.rest.QueryParamsTest.assertRefused;

class BoundsTest {

    @Test
    void textWithControlCharactersIsRefusedInChineseByDefaultAndInEnglishOnRequest() {
        assertThat(Bounds.textRefusal("一行\n二行", true)).isNull();
        assertThat(Bounds.textRefusal("一行\n二行", false).in(Languages.DEFAULT)).isEqualTo("不能含有控制字符或换行");
        assertThat(Bounds.textRefusal("a\u0000", true).in(Languages.DEFAULT)).isEqualTo("除换行和制表符外不能含有控制字符");
        assertThat(Bounds.textRefusal("a\u0000", true).in(java.util.Locale.ENGLISH))
                .isEqualTo("must not contain control characters other than line breaks and tabs");
    }

    @Test
    void periodsAndYearsAreRefusedNamingTheField() {
        assertRefused(() -> Bounds.requirePeriod("to", LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 2)), "to",
                "时间段最长 10 年", "the period may span at most 10 years");
        assertRefused(() -> Bounds.requireInRange("heldOn", LocalDate.of(2201, 1, 1)), "heldOn", "年份须在 1900 到 2200 之间",
                "must lie between the years 1900 and 2200");
    }

    @Test
    void queryParametersAreOneLineOfAtMostAThousandCharacters() {
        assertRefused(() -> new QueryBounds().check(query(Map.of("name", "a\nb"))), "name", "不能含有控制字符或换行",
                "must not contain control characters or line breaks");
        assertRefused(() -> new QueryBounds().check(query(Map.of("name", "x".repeat(1001)))), "name", "最多 1000 个字符",
                "at most 1000 characters");
        assertRefused(() -> new QueryBounds().check(query(Map.of("na\u0000me", "x"))), "query", "参数名含有控制字符",
                "names a parameter with control characters");
        new QueryBounds().check(query(Map.of("name", "x".repeat(1000))));
    }

    private static UriInfo query(Map<String, String> parameters) {
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        parameters.forEach(values::add);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return values;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
