package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;

import java.util.Optional;

/** User-facing text from the {@code activity-texts} bundle: zh-CN by default, English on request. */
@ApplicationScoped
public class Messages {

    private static final Texts TEXTS = Texts.of("activity");

    /** @param language a {@code lang} parameter or an {@code Accept-Language} header */
    public String calendarName(String organizationName, Optional<String> language) {
        String title = TEXTS.get(Languages.of(language.orElse(null)), "calendar.name");
        return organizationName == null ? title : organizationName + " · " + title;
    }
}
