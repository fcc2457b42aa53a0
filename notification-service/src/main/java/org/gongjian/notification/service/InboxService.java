package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Notice;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The caller's inbox ({@link Owners}): list (optionally unread only), mark read, acknowledge (签收). */
@ApplicationScoped
public class InboxService {

    private final Clock clock;
    private final Owners owners;

    InboxService(Clock clock, Owners owners) {
        this.clock = clock;
        this.owners = owners;
    }

    @Transactional
    @WithSpan
    public Page<NoticeView> list(boolean unreadOnly, PageQuery query) {
        InboxOwner.Condition condition = owners.current().condition();
        String jpql = condition.jpql() + (unreadOnly ? " and readAt is null" : "");
        Sort sort = Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        PanacheQuery<Notice> notices = Notice.find(jpql, sort, parameters(condition.parameters()));
        return Page.of(notices.page(io.quarkus.panache.common.Page.of(query.page(), query.size())).list(), query,
                notices.count()).map(NoticeView::of);
    }

    @Transactional
    @WithSpan
    public NoticeView markRead(UUID id) {
        Notice notice = find(owners.current(), id, LockModeType.NONE);
        notice.markRead(OffsetDateTime.now(clock));
        return NoticeView.of(notice);
    }

    @Transactional
    @WithSpan
    public NoticeView acknowledge(UUID id) {
        // locked, so that two taps at once make one acknowledgement and both answer its time
        Notice notice = find(owners.current(), id, LockModeType.PESSIMISTIC_WRITE);
        // to the microsecond, as PostgreSQL keeps it: a repeated tap answers exactly the time the first one stored
        notice.acknowledge(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        return NoticeView.of(notice);
    }

    private Notice find(InboxOwner owner, UUID id, LockModeType lock) {
        InboxOwner.Condition condition = owner.condition();
        Map<String, Object> parameters = new HashMap<>(condition.parameters());
        parameters.put("id", id);
        return Notice.<Notice>find("id = :id and " + condition.jpql(), parameters(parameters)).withLock(lock)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Notice", id));
    }

    private static Parameters parameters(Map<String, Object> values) {
        Parameters parameters = new Parameters();
        values.forEach(parameters::and);
        return parameters;
    }
}
