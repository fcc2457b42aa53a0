package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.rest.Texts;

import java.util.Locale;

/** User-facing text from the {@code activity-texts} bundle: zh-CN by default, English on request. */
@ApplicationScoped
public class Messages {

    private static final Texts TEXTS = Texts.of("activity");

    public String calendarName(String organizationName, Locale language) {
        String title = TEXTS.get(language, "calendar.name");
        return organizationName == null ? title : organizationName + " · " + title;
    }
}
