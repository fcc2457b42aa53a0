package org.gongjian.pairing.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.gongjian.pairing.config.PairingConfig;
import org.gongjian.rest.LedgerRequest;
import org.gongjian.rest.LedgerRows;


/**
 * This service's rows of the ledger (台账): every pairing live in the range (active, suspended or concluded, its term
 * touching the range) with its members, agreement, plaque and latest final evaluation of the range; and every demand raised
 * in the range with its history and the days it took to resolve. For one organization, the pairings it is a member of.
 */
@ApplicationScoped
public class PairingLedger {

    private static final String SCOPE = """
            WITH s AS (SELECT CAST(? AS varchar) AS district, CAST(? AS date) AS dfrom, CAST(? AS date) AS dto,
                              CAST(? AS uuid) AS org, CAST(? AS text) AS zone)
            """;

    private static final String MEMBER_OF_SCOPE = "(s.org IS NULL OR p.lead_id = s.org OR s.org = ANY (p.partner_ids))";

    private static final String PAIRINGS = SCOPE + """
            SELECT json_build_object(
                'id', p.id, 'title', p.title, 'type', p.type, 'status', p.status,
                'lead', coalesce(lo.name, CAST(p.lead_id AS text)),
                'partners', (SELECT json_agg(coalesce(o.name, CAST(u.id AS text)) ORDER BY u.n)
                             FROM unnest(p.partner_ids) WITH ORDINALITY AS u(id, n) LEFT JOIN organization o ON o.id = u.id),
                'plaqueNo', p.plaque_no, 'termStart', p.term_start, 'termEnd', p.term_end,
                'activatedOn', p.activated_on, 'concludedOn', p.concluded_on,
                'goals', p.goals, 'commitments', p.commitments,
                'cadenceCount', p.cadence_count, 'cadencePeriod', p.cadence_period,
                'evaluation', (SELECT json_build_object('periodStart', e.period_start, 'periodEnd', e.period_end,
                                      'score', e.score, 'rating', e.rating, 'remarks', e.remarks)
                               FROM evaluation e
                               WHERE e.pairing_id = p.id AND e.status = 'FINAL'
                                 AND e.period_end >= s.dfrom AND e.period_start <= s.dto
                               ORDER BY e.period_end DESC, e.finalized_at DESC LIMIT 1))
            FROM s CROSS JOIN pairing p LEFT JOIN organization lo ON lo.id = p.lead_id
            WHERE p.district = s.district AND p.status IN ('ACTIVE', 'SUSPENDED', 'CONCLUDED')
              AND p.term_start <= s.dto AND (p.term_end IS NULL OR p.term_end >= s.dfrom)
              AND """ + MEMBER_OF_SCOPE + """

            ORDER BY CAST(p.id AS text)
            """;

    private static final String DEMANDS = SCOPE + """
            , d AS (
                SELECT d.*, p.title AS pairing_title, CAST(d.raised_at AT TIME ZONE s.zone AS date) AS raised_on,
                       (SELECT CAST(min(h.at) AT TIME ZONE s.zone AS date) FROM demand_history h
                        WHERE h.demand_id = d.id AND h.to_status = 'RESOLVED') AS resolved_on
                FROM s CROSS JOIN demand d JOIN pairing p ON p.id = d.pairing_id
                WHERE d.district = s.district
                  AND d.raised_at >= (CAST(s.dfrom AS timestamp) AT TIME ZONE s.zone)
                  AND d.raised_at < (CAST(s.dto + 1 AS timestamp) AT TIME ZONE s.zone)
                  AND """ + MEMBER_OF_SCOPE + """
            )
            SELECT json_build_object(
                'id', d.id, 'pairingId', d.pairing_id, 'pairingTitle', d.pairing_title,
                'raisedBy', coalesce(ro.name, CAST(d.raised_by AS text)), 'category', d.category, 'title', d.title,
                'detail', d.detail, 'raisedOn', d.raised_on, 'dueOn', d.due_on, 'status', d.status,
                'resolution', d.resolution, 'resolvedOn', d.resolved_on,
                'daysToResolve', d.resolved_on - d.raised_on,
                'onTime', CASE WHEN d.resolved_on IS NULL THEN NULL ELSE d.resolved_on <= d.due_on END,
                'history', (SELECT json_agg(json_build_object('on', CAST(h.at AT TIME ZONE s.zone AS date),
                                    'from', h.from_status, 'to', h.to_status, 'note', h.note,
                                    'organization', ho.name) ORDER BY h.at)
                            FROM demand_history h LEFT JOIN organization ho ON ho.id = h.actor_org
                            WHERE h.demand_id = d.id))
            FROM s CROSS JOIN d LEFT JOIN organization ro ON ro.id = d.raised_by
            ORDER BY d.raised_at, d.id
            """;

    private final AgroalDataSource dataSource;
    private final PairingConfig config;

    PairingLedger(AgroalDataSource dataSource, PairingConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public StreamingOutput pairings(LedgerRequest request) {
        return LedgerRows.of(dataSource, PAIRINGS, request.parameters(config.zone().getId()));
    }

    public StreamingOutput demands(LedgerRequest request) {
        return LedgerRows.of(dataSource, DEMANDS, request.parameters(config.zone().getId()));
    }
}
