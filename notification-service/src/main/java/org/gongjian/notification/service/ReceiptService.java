package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    ReceiptService(EntityManager entityManager, ReceiptTokens tokens, Clock clock, NotificationConfig config) {
        this.entityManager = entityManager;
        this.tokens = tokens;
        this.clock = clock;
        this.linkLifetime = config.receipts().linkLifetime();
    }

    public enum LinkOutcome {
        ACKNOWLEDGED, ALREADY_ACKNOWLEDGED, EXPIRED, INVALID
    }

    /**
     * Acknowledges the notice a link names when the link was signed here for that notice's recipient, was issued
     * after the notice was created and not in the future, and is younger than {@code receipts.link-lifetime}.
     */
    @Transactional
    @WithSpan
    public LinkOutcome acknowledgeByLink(String token) {
        ReceiptTokens.Claimed claimed;
        try {
            claimed = tokens.read(token);
        } catch (ReceiptTokens.InvalidToken e) {
            return LinkOutcome.INVALID;
        }
        Notice notice = Notice.findById(claimed.noticeId());
        if (notice == null || !notice.receiptRequired || !claimed.signedFor(notice.recipientKey)) {
            return LinkOutcome.INVALID;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Instant issuedAt = claimed.issuedAt();
        if (issuedAt.isAfter(now.toInstant().plus(SKEW)) || issuedAt.isBefore(notice.createdAt.toInstant().minus(SKEW))) {
            return LinkOutcome.INVALID;
        }
        if (!issuedAt.plus(linkLifetime).isAfter(now.toInstant())) {
            return LinkOutcome.EXPIRED;
        }
        return notice.acknowledge(now) ? LinkOutcome.ACKNOWLEDGED : LinkOutcome.ALREADY_ACKNOWLEDGED;
    }

    /** Every receipt-requiring notice of a pairing of the district, acknowledged or pending. */
    @Transactional
    @WithSpan
    public Page<Notice> ofPairing(String district, UUID pairingId, PageQuery query) {
        var notices = Notice.<Notice>find("subjectId = :pairing and district = :district and receiptRequired = true",
                Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                        .and("id"),
                Parameters.with("pairing", pairingId).and("district", district));
        long total = notices.count();
        if (total == 0 && !pairingKnown(district, pairingId)) {
            throw ProblemException.notFound("Pairing", pairingId);
        }
        return Page.of(notices.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list(), query, total);
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
