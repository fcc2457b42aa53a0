package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** User-facing text from the {@code messages} bundle: zh-CN by default, English on request. */
@ApplicationScoped
public class Messages {

    public String calendarName(String organizationName, Optional<String> language) {
        Locale locale = language.filter(l -> l.toLowerCase(Locale.ROOT).startsWith("en")).map(l -> Locale.ENGLISH)
                .orElse(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = bundle.getString("calendar.name");
        return organizationName == null ? title : organizationName + " · " + title;
    }
}
