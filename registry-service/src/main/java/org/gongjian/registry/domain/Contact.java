package org.gongjian.registry.domain;

/**
 * A liaison contact (联络人) of an organization, stored with it as JSON.
 *
 * @param language {@code zh-CN} or {@code en}
 */
public record Contact(String name, String phone, String email, String language) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";
}
