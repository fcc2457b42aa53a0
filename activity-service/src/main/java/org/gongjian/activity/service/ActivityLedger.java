package org.gongjian.activity.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.rest.LedgerRange;
import org.gongjian.rest.LedgerRequest;
import org.gongjian.rest.LedgerRows;
import org.gongjian.rest.LedgerScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
     * One row per attendance count, joined and sorted once; LedgerActivityRows folds each activity's rows into one and
     * names the organizations. Subqueries for the attendance, the photos and the participants' names, run once per
     * activity, made this query three times as slow. The parameters are bound where they are compared (not through
     * SCOPE's CTE), so that PostgreSQL plans with their values: it then joins by hash instead of 200,000 index lookups.
     */
    private static final String ACTIVITIES = """
            WITH p AS (SELECT v.id, v.title, v.lead_id FROM pairing_view v
                       WHERE v.district = ? AND v.status IN ('ACTIVE', 'SUSPENDED', 'CONCLUDED')
                         AND v.term_start <= ? AND (v.term_end IS NULL OR v.term_end >= ?)
                         AND (CAST(? AS uuid) IS NULL OR v.lead_id = CAST(? AS uuid) OR CAST(? AS uuid) = ANY (v.partner_ids))),
            a AS (SELECT a.id, a.pairing_id, p.title AS pairing_title, p.lead_id AS pairing_lead, a.starts_at, a.type,
                         a.title, a.location, a.status,
                         CASE
                             WHEN a.status <> 'HELD' THEN NULL
                             WHEN a.dispute_outcome = 'UPHELD' THEN 'DISPUTE_UPHELD'
                             WHEN a.dispute_outcome = 'DISMISSED' THEN 'DISPUTE_DISMISSED'
                             WHEN a.dispute_raised_by IS NOT NULL THEN 'DISPUTED'
                             WHEN a.confirmed_by IS NOT NULL THEN 'CONFIRMED'
                             ELSE 'AWAITING_CONFIRMATION' END AS confirmation,
                         a.kept, a.participant_ids, a.summary, a.outcomes
                  FROM activity a JOIN p ON p.id = a.pairing_id
                  WHERE a.district = ? AND a.starts_at >= ? AND a.starts_at < ?),
            photos AS (SELECT ph.activity_id, count(*) AS n FROM activity_photo ph
                       WHERE ph.activity_id IN (SELECT id FROM a) GROUP BY ph.activity_id)
            SELECT a.*, coalesce(ph.n, 0) AS photos, c.organization_id, c.full_members, c.probationary, c.others
            FROM a LEFT JOIN activity_attendance c ON c.activity_id = a.id LEFT JOIN photos ph ON ph.activity_id = a.id
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
        ZoneId zone = config.zone();
        LedgerScope scope = request.scope();
        LedgerRange range = request.range();
        UUID organization = scope.organizationOrNull();
        List<Object> parameters = Arrays.asList(scope.district(), range.to(), range.from(), organization, organization,
                organization, scope.district(), range.from().atStartOfDay(zone).toOffsetDateTime(),
                range.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        return LedgerRows.of(dataSource, ACTIVITIES, parameters, new LedgerActivityRows(scope.district(), zone));
    }

    public StreamingOutput cadence(LedgerRequest request) {
        return LedgerRows.of(dataSource, CADENCE, parameters(request));
    }

    private List<Object> parameters(LedgerRequest request) {
        return request.parameters(config.zone().getId(), LocalDate.now(clock.withZone(config.zone())));
    }
}
