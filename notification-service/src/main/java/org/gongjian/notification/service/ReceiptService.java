package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Notice;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;

import org.gongjian.notification.config.NotificationConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Receipts (签收): acknowledging from an e-mail link, and the committee's view of who has and has not. */
@ApplicationScoped
public class ReceiptService {

    /** How far a link's issue time may stray from this server's clock and the notice's creation. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final ReceiptTokens tokens;
    private final Clock clock;
    private final Duration linkLifetime;
    private final Duration remindAfter;

    ReceiptService(EntityManager entityManager, ReceiptTokens tokens, Clock clock, NotificationConfig config) {
        this.entityManager = entityManager;
        this.tokens = tokens;
        this.clock = clock;
        this.linkLifetime = config.receipts().linkLifetime();
        this.remindAfter = config.receipts().remindAfter();
    }

    public enum LinkOutcome {
        PENDING, ACKNOWLEDGED, ALREADY_ACKNOWLEDGED, EXPIRED, INVALID
    }

    /**
     * What a link leads to: the outcome, and when the link is genuine and alive the notice's title, id, district and
     * the organization it went to (for the operation log: a link's request carries no account).
     */
    public record LinkView(LinkOutcome outcome, String title, UUID noticeId, String district, UUID organizationId) {

        static LinkView failed(LinkOutcome outcome) {
            return new LinkView(outcome, null, null, null, null);
        }

        static LinkView of(LinkOutcome outcome, Notice notice) {
            return new LinkView(outcome, notice.title, notice.id, notice.district, notice.organizationId);
        }
    }

    /**
     * What a link names, changing nothing: an e-mail scanner or a link preview that opens it signs for no one.
     * PENDING or ALREADY_ACKNOWLEDGED with the notice's title, else EXPIRED or INVALID.
     */
    @Transactional
    @WithSpan
    public LinkView inspectLink(String token) {
        Checked checked = check(token, LockModeType.NONE);
        if (checked.notice() == null) {
            return LinkView.failed(checked.outcome());
        }
        Notice notice = checked.notice();
        return LinkView.of(notice.acknowledgedAt == null ? LinkOutcome.PENDING : LinkOutcome.ALREADY_ACKNOWLEDGED, notice);
    }

    /**
     * Acknowledges the notice a link names when the link was signed here for that notice's recipient, was issued
     * after the notice was created and not in the future, and is younger than {@code receipts.link-lifetime}. A link
     * acts once: used again, it changes nothing (ALREADY_ACKNOWLEDGED).
     */
    @Transactional
    @WithSpan
    public LinkView acknowledgeByLink(String token) {
        // locked, so that two acknowledging requests at once make one acknowledgement
        Checked checked = check(token, LockModeType.PESSIMISTIC_WRITE);
        if (checked.notice() == null) {
            return LinkView.failed(checked.outcome());
        }
        Notice notice = checked.notice();
        boolean acknowledged = notice.acknowledge(OffsetDateTime.now(clock));
        return LinkView.of(acknowledged ? LinkOutcome.ACKNOWLEDGED : LinkOutcome.ALREADY_ACKNOWLEDGED, notice);
    }

    private Checked check(String token, LockModeType lock) {
        ReceiptTokens.Claimed claimed;
        try {
            claimed = tokens.read(token);
        } catch (ReceiptTokens.InvalidToken e) {
            return new Checked(LinkOutcome.INVALID, null);
        }
        Notice notice = Notice.findById(claimed.noticeId(), lock);
        if (notice == null || !notice.receiptRequired || !claimed.signedFor(notice.recipientKey)) {
            return new Checked(LinkOutcome.INVALID, null);
        }
        Instant now = clock.instant();
        Instant issuedAt = claimed.issuedAt();
        if (issuedAt.isAfter(now.plus(SKEW)) || issuedAt.isBefore(notice.createdAt.toInstant().minus(SKEW))) {
            return new Checked(LinkOutcome.INVALID, null);
        }
        if (!issuedAt.plus(linkLifetime).isAfter(now)) {
            return new Checked(LinkOutcome.EXPIRED, null);
        }
        return new Checked(null, notice);
    }

    /** A link's check: a failed outcome, or the notice of a genuine, live link. */
    private record Checked(LinkOutcome outcome, Notice notice) {
    }

    /** Which receipts a list holds: one pairing's or the whole district's, pending or acknowledged or both. */
    public record ReceiptFilter(UUID pairingId, Boolean pending, boolean overdueOnly) {
    }

    /** A receipt-requiring notice as a list shows it: overdue when still pending after the reminder delay. */
    public record ReceiptView(NoticeView notice, boolean overdue) {
    }

    /**
     * Every receipt-requiring notice of the district (or of one of its pairings), acknowledged or pending. Overdue: still
     * pending {@code receipts.remind-after} after it was sent; oldest first by default, so the overdue ones lead.
     */
    @Transactional
    @WithSpan
    public Page<ReceiptView> list(String district, ReceiptFilter filter, PageQuery query) {
        OffsetDateTime overdueBefore = overdueBefore();
        StringBuilder where = new StringBuilder("district = :district and receiptRequired = true");
        Parameters parameters = Parameters.with("district", district);
        if (filter.pairingId() != null) {
            where.append(" and subjectId = :pairing");
            parameters.and("pairing", filter.pairingId());
        }
        if (Boolean.TRUE.equals(filter.pending()) || filter.overdueOnly()) {
            where.append(" and acknowledgedAt is null");
        } else if (Boolean.FALSE.equals(filter.pending())) {
            where.append(" and acknowledgedAt is not null");
        }
        if (filter.overdueOnly()) {
            where.append(" and createdAt <= :overdueBefore");
            parameters.and("overdueBefore", overdueBefore);
        }
        var notices = Notice.<Notice>find(where.toString(),
                Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                        .and("id"),
                parameters);
        long total = notices.count();
        if (total == 0 && filter.pairingId() != null && !pairingKnown(district, filter.pairingId())) {
            throw ProblemException.notFound("Pairing", filter.pairingId());
        }
        return Page.of(notices.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list(), query, total)
                .map(notice -> new ReceiptView(NoticeView.of(notice),
                        notice.acknowledgedAt == null && !notice.createdAt.isAfter(overdueBefore)));
    }

    /** A notice sent before this and still pending is overdue. */
    private OffsetDateTime overdueBefore() {
        return clock.instant().minus(remindAfter).atOffset(java.time.ZoneOffset.UTC);
    }

    @Transactional
    @WithSpan
    public Summary summary(String district) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*), count(acknowledged_at) FROM notice WHERE district = :district AND receipt_required""")
                .setParameter("district", district)
                .getSingleResult();
        long required = ((Number) row[0]).longValue();
        long acknowledged = ((Number) row[1]).longValue();
        return new Summary(district, required, acknowledged, required - acknowledged);
    }

    private boolean pairingKnown(String district, UUID pairingId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM pairing WHERE id = :id AND district = :district")
                .setParameter("id", pairingId)
                .setParameter("district", district)
                .getResultList().isEmpty();
    }

    public record Summary(String district, long required, long acknowledged, long pending) {
    }
}
