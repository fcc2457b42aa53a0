package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Language;
import org.gongjian.notification.domain.NotificationPreference;
import org.gongjian.notification.domain.RecipientRole;
import org.gongjian.rest.Versions;

/**
 * The caller's notification preferences ({@link Owners}): e-mail and webhook on or off, language; the inbox is always on. A
 * {@code district-admin} who saves them from an account with an e-mail address receives the daily digest there while
 * e-mail is on ({@link CommitteeMembers}).
 */
@ApplicationScoped
public class PreferenceService {

    private final CommitteeMembers committeeMembers;
    private final Owners owners;

    PreferenceService(CommitteeMembers committeeMembers, Owners owners) {
        this.committeeMembers = committeeMembers;
        this.owners = owners;
    }

    @Transactional
    @WithSpan
    public PreferenceView of() {
        String key = owners.current().preferenceKey();
        NotificationPreference preference = NotificationPreference.findById(key);
        return PreferenceView.of(preference != null ? preference : defaults(key));
    }

    @Transactional
    @WithSpan
    public PreferenceView update(String ifMatch, boolean email, boolean webhook, String language) {
        InboxOwner owner = owners.current();
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
