package org.gongjian.notification.service;

import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.Recipient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notice to write, before it is rendered per recipient.
 *
 * @param subjectType what the notice is about: {@code pairing}, {@code launch}, {@code activity}, {@code demand},
 *                    {@code webhook}
 * @param data        the values its texts show, e.g. {@code title}
 */
public record NoticeDraft(NoticeType type, String district, String subjectType, UUID subjectId,
        Map<String, Object> data, List<Recipient> recipients) {
}
