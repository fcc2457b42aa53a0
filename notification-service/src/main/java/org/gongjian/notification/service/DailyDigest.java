package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.notification.domain.Recipient;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The daily digest e-mail to the district committee ({@link DigestItems}), once a day from
 * {@code digest.time} in the district's zone, only when there is something, to each {@link CommitteeMembers committee
 * member} in their language. The first run of a day inserts the district's {@code digest_run} row for that day and, in
 * the same transaction, writes the digest notices and their e-mails; an instance that finds the row taken does nothing,
 * so two instances make one digest. A quiet day keeps its row too: nothing is sent later that day. Each recipient's
 * notice is also unique on (digest id, recipient), the digest id being derived from the district and the day.
 */
@ApplicationScoped
@Startup
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);
    private static final String[] SECTIONS = {"overdue", "at-risk", "receipts", "new-demands", "overdue-demands"};

    private final CommitteeMembers members;
    private final DigestItems items;
    private final NoticeTexts texts;
    private final NoticeWriter writer;
    private final EntityManager entityManager;
    private final NotificationConfig config;
    private final Clock clock;

    DailyDigest(CommitteeMembers members, DigestItems items, NoticeTexts texts, NoticeWriter writer,
            EntityManager entityManager, NotificationConfig config, Clock clock) {
        this.members = members;
        this.items = items;
        this.texts = texts;
        this.writer = writer;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gongjian.notification.digest.interval:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendAt(clock.instant());
    }

    /** Writes the digests due at {@code now}; returns how many e-mail notices were written. */
    @WithSpan
    public int sendAt(Instant now) {
        int written = 0;
        for (String district : QuarkusTransaction.requiringNew().call(members::districts)) {
            written += QuarkusTransaction.requiringNew().call(() -> sendFor(district, now));
        }
        return written;
    }

    private int sendFor(String district, Instant now) {
        ZonedDateTime local = now.atZone(config.digest().zoneOf(district));
        if (local.toLocalTime().isBefore(config.digest().time())) {
            return 0;
        }
        LocalDate day = local.toLocalDate();
        if (!claim(district, day, now)) {
            return 0;
        }
        DigestItems.Items found = items.of(district, day, now);
        List<Recipient> recipients = members.receivingTheDigest(district);
        if (found.count() == 0 || recipients.isEmpty()) {
            return 0;
        }
        UUID digestId = UUID.nameUUIDFromBytes(("daily-digest:" + district + ":" + day).getBytes(StandardCharsets.UTF_8));
        Map<String, List<Recipient>> byLanguage = recipients.stream()
                .collect(Collectors.groupingBy(Recipient::language, LinkedHashMap::new, Collectors.toList()));
        int written = 0;
        for (var entry : byLanguage.entrySet()) {
            written += writer.write(digestId, new NoticeDraft(NoticeType.DAILY_DIGEST, district, "digest", digestId,
                    Map.of("date", day, "content", content(entry.getKey(), day, found)), entry.getValue()));
        }
        entityManager.createNativeQuery("""
                UPDATE digest_run SET items = :items, recipients = :recipients
                WHERE district = :district AND digest_date = :day""")
                .setParameter("items", found.count()).setParameter("recipients", written)
                .setParameter("district", district).setParameter("day", day)
                .executeUpdate();
        LOG.infof("Daily digest of %s for %s: %d items to %d people", district, day, found.count(), written);
        return written;
    }

    private boolean claim(String district, LocalDate day, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO digest_run (district, digest_date, claimed_at) VALUES (:district, :day, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("district", district).setParameter("day", day)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    private String content(String language, LocalDate day, DigestItems.Items found) {
        List<List<Map<String, Object>>> sections = List.of(found.overduePairings(), found.atRiskPairings(),
                found.pendingReceipts(), found.newDemands(), found.overdueDemands());
        List<String> lines = new ArrayList<>();
        lines.add(texts.line(language, "digest.intro", Map.of("date", day)));
        for (int i = 0; i < SECTIONS.length; i++) {
            List<Map<String, Object>> section = sections.get(i);
            if (section.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(texts.line(language, "digest." + SECTIONS[i] + ".heading",
                    Map.of("count", section.size(), "days", config.receipts().remindAfter().toDays())));
            for (Map<String, Object> item : section) {
                lines.add(texts.line(language, "digest." + SECTIONS[i] + ".line", item));
            }
        }
        return String.join("\n", lines);
    }
}
