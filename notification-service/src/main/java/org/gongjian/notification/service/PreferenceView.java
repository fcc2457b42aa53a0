package org.gongjian.notification.service;

import org.gongjian.notification.domain.NotificationPreference;

/** A person's channels and language as read, with the version an update names in If-Match. */
public record PreferenceView(boolean email, boolean webhook, String language, long version) {

    static PreferenceView of(NotificationPreference preference) {
        return new PreferenceView(preference.email, preference.webhook, preference.language, preference.version);
    }
}
