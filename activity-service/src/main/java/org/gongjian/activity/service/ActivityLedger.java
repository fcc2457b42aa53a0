package org.gongjian.activity.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.rest.LedgerRequest;
import org.gongjian.rest.LedgerRows;

import java.time.Clock;
import java.time.LocalDate;

/**
 * This service's rows of the ledger (台账): every activity of the range with its attendance per organization, its
 * confirmation state and its number of photos; and the cadence of every pairing per period. Both stream from a cursor.
 * The pairings are those of the scope that were live in the range (active, suspended or concluded, the term touching
 * it); for one organization, the pairings it is a member of.
 */
@ApplicationScoped
public class ActivityLedger {

    private static final String SCOPE = """
            WITH s AS (SELECT CAST(? AS varchar) AS district, CAST(? AS date) AS dfrom, CAST(? AS date) AS dto,
                              CAST(? AS uuid) AS org, CAST(? AS text) AS zone, CAST(? AS date) AS today),
            p AS (SELECT v.* FROM pairing_view v, s
                  WHERE v.district = s.district AND v.status IN ('ACTIVE', 'SUSPENDED', 'CONCLUDED')
                    AND v.term_start <= s.dto AND (v.term_end IS NULL OR v.term_end >= s.dfrom)
                    AND (s.org IS NULL OR v.lead_id = s.org OR s.org = ANY (v.partner_ids)))
            """;

    /*
     * The rows are sorted bare, in a subquery, and each row's JSON is built above the sort: so the first rows flow while
     * PostgreSQL is still reading, and the sort never holds the JSON of a whole year.
     */
    private static final String ACTIVITIES = SCOPE + """
            SELECT json_build_object(
                'id', a.id, 'pairingId', a.pairing_id, 'pairingTitle', a.pairing_title,
                'date', CAST(a.starts_at AT TIME ZONE a.zone AS date),
                'time', to_char(a.starts_at AT TIME ZONE a.zone, 'HH24:MI'),
                'type', a.type, 'title', a.title, 'location', a.location, 'status', a.status,
                'confirmation', CASE
                    WHEN a.status <> 'HELD' THEN NULL
                    WHEN a.dispute_outcome = 'UPHELD' THEN 'DISPUTE_UPHELD'
                    WHEN a.dispute_outcome = 'DISMISSED' THEN 'DISPUTE_DISMISSED'
                    WHEN a.dispute_raised_by IS NOT NULL THEN 'DISPUTED'
                    WHEN a.confirmed_by IS NOT NULL THEN 'CONFIRMED'
                    ELSE 'AWAITING_CONFIRMATION' END,
                'kept', a.kept,
                'participants', (SELECT json_agg(coalesce(o.name, CAST(u.id AS text)) ORDER BY u.n)
                                 FROM unnest(a.participant_ids) WITH ORDINALITY AS u(id, n)
                                 LEFT JOIN organization_view o ON o.id = u.id),
                'attendance', (SELECT json_agg(json_build_object('organization', coalesce(o.name, CAST(c.organization_id AS text)),
                                       'lead', c.organization_id = a.pairing_lead, 'full', c.full_members,
                                       'probationary', c.probationary, 'others', c.others)
                                       ORDER BY c.organization_id <> a.pairing_lead, o.name)
                               FROM activity_attendance c LEFT JOIN organization_view o ON o.id = c.organization_id
                               WHERE c.activity_id = a.id),
                'summary', a.summary, 'outcomes', a.outcomes,
                'photos', (SELECT count(*) FROM activity_photo ph WHERE ph.activity_id = a.id))
            FROM (SELECT a.id, a.pairing_id, a.starts_at, a.type, a.title, a.location, a.status, a.dispute_outcome,
                         a.dispute_raised_by, a.confirmed_by, a.kept, a.participant_ids, a.summary, a.outcomes,
                         p.title AS pairing_title, p.lead_id AS pairing_lead, s.zone
                  FROM s CROSS JOIN activity a JOIN p ON p.id = a.pairing_id
                  WHERE a.district = s.district
                    AND a.starts_at >= (CAST(s.dfrom AS timestamp) AT TIME ZONE s.zone)
                    AND a.starts_at < (CAST(s.dto + 1 AS timestamp) AT TIME ZONE s.zone)
                  ORDER BY a.starts_at, a.id) a
            ORDER BY a.starts_at, a.id
            """;

    /*
     * A period counts its activities over the whole period (as /api/cadence does), even where the range cuts it; the
     * standing repeats CadenceStanding's rule in SQL.
     */
    private static final String CADENCE = SCOPE + """
            , periods AS (
                SELECT p.id, p.cadence_count, p.cadence_period, CAST(g AS date) AS pstart,
                       CAST(g + CASE p.cadence_period WHEN 'MONTH' THEN interval '1 month' ELSE interval '3 months' END AS date) AS pend
                FROM p, s, generate_series(
                    date_trunc(CASE p.cadence_period WHEN 'MONTH' THEN 'month' ELSE 'quarter' END, CAST(greatest(s.dfrom, p.term_start) AS timestamp)),
                    CAST(least(s.dto, coalesce(p.term_end, s.dto)) AS timestamp),
                    CASE p.cadence_period WHEN 'MONTH' THEN interval '1 month' ELSE interval '3 months' END) AS g),
            counts AS (
                SELECT a.pairing_id,
                       CAST(date_trunc(CASE p.cadence_period WHEN 'MONTH' THEN 'month' ELSE 'quarter' END, a.starts_at AT TIME ZONE s.zone) AS date) AS pstart,
                       count(*) FILTER (WHERE a.status = 'HELD') AS held,
                       count(*) FILTER (WHERE a.kept) AS kept,
                       count(*) FILTER (WHERE a.status = 'HELD' AND a.dispute_raised_by IS NOT NULL AND a.dispute_outcome IS NULL) AS disputed
                FROM s CROSS JOIN p JOIN activity a ON a.pairing_id = p.id
                WHERE a.starts_at >= (date_trunc('quarter', CAST(s.dfrom AS timestamp)) AT TIME ZONE s.zone)
                  AND a.starts_at < ((date_trunc('quarter', CAST(s.dto AS timestamp)) + interval '3 months') AT TIME ZONE s.zone)
                  AND NOT a.voided
                GROUP BY 1, 2)
            SELECT json_build_object(
                'pairingId', per.id,
                'period', CASE per.cadence_period WHEN 'MONTH' THEN to_char(per.pstart, 'YYYY-MM') ELSE to_char(per.pstart, 'YYYY-"Q"Q') END,
                'periodStart', per.pstart, 'periodEnd', per.pend, 'required', per.cadence_count,
                'held', coalesce(c.held, 0), 'kept', coalesce(c.kept, 0),
                'awaitingConfirmation', coalesce(c.held, 0) - coalesce(c.kept, 0), 'disputed', coalesce(c.disputed, 0),
                'status', CASE
                    WHEN coalesce(c.kept, 0) >= per.cadence_count THEN 'OK'
                    WHEN s.today >= per.pend THEN 'MISSED'
                    WHEN s.today >= per.pend - 7 THEN 'AT_RISK'
                    ELSE 'IN_PROGRESS' END)
            FROM s CROSS JOIN periods per LEFT JOIN counts c ON c.pairing_id = per.id AND c.pstart = per.pstart
            ORDER BY CAST(per.id AS text), per.pstart
            """;

    private final AgroalDataSource dataSource;
    private final ActivityConfig config;
    private final Clock clock;

    ActivityLedger(AgroalDataSource dataSource, ActivityConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    public StreamingOutput activities(LedgerRequest request) {
        return LedgerRows.of(dataSource, ACTIVITIES, parameters(request));
    }

    public StreamingOutput cadence(LedgerRequest request) {
        return LedgerRows.of(dataSource, CADENCE, parameters(request));
    }

    private java.util.List<Object> parameters(LedgerRequest request) {
        return request.parameters(config.zone().getId(), LocalDate.now(clock.withZone(config.zone())));
    }
}
