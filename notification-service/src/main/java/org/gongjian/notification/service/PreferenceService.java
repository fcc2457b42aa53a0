package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Language;
import org.gongjian.notification.domain.NotificationPreference;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.Versions;

/**
 * A person's notification preferences: e-mail and webhook on or off, language; the inbox is always on. A
 * {@code district-admin} who saves them from an account with an e-mail address receives the daily digest there while
 * e-mail is on ({@link CommitteeMembers}).
 */
@ApplicationScoped
public class PreferenceService {

    private final CommitteeMembers committeeMembers;

    PreferenceService(CommitteeMembers committeeMembers) {
        this.committeeMembers = committeeMembers;
    }

    @Transactional
    @WithSpan
    public PreferenceView of(InboxOwner owner) {
        NotificationPreference preference = NotificationPreference.findById(owner.preferenceKey());
        return PreferenceView.of(preference != null ? preference : defaults(owner.preferenceKey()));
    }

    @Transactional
    @WithSpan
    public PreferenceView update(InboxOwner owner, String ifMatch, boolean email, boolean webhook, String language) {
        String key = owner.preferenceKey();
        NotificationPreference preference = NotificationPreference.findById(key);
        Versions.requireCurrent(ifMatch, preference == null ? 0 : preference.version);
        if (preference == null) {
            preference = defaults(key);
            preference.persist();
        }
        preference.email = email;
        preference.webhook = webhook;
        preference.language = Language.of(language);
        NotificationPreference.getEntityManager().flush();
        if (owner.role() == RecipientRole.COMMITTEE && owner.email() != null) {
            committeeMembers.remember(owner.district(), owner.email(), preference.language, email);
        }
        return PreferenceView.of(preference);
    }

    private static NotificationPreference defaults(String key) {
        NotificationPreference preference = new NotificationPreference();
        preference.recipientKey = key;
        preference.email = true;
        preference.webhook = true;
        preference.language = Language.DEFAULT;
        return preference;
    }
}
