package org.gongjian.notification.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.gongjian.rest.LedgerRequest;
import org.gongjian.rest.LedgerRows;


/**
 * The receipt sheet of the ledger (签收情况): every notice that asked for a receipt, sent in the range, per recipient
 * (a liaison, usually), acknowledged or not. For one organization, the notices its people received.
 */
@ApplicationScoped
public class ReceiptLedger {

    /** Days are those of the district (as in the notices' own texts). */
    private static final String ZONE = "Asia/Shanghai";

    private static final String RECEIPTS = """
            WITH s AS (SELECT CAST(? AS varchar) AS district, CAST(? AS date) AS dfrom, CAST(? AS date) AS dto,
                              CAST(? AS uuid) AS org, CAST(? AS text) AS zone)
            SELECT json_build_object(
                'id', n.id, 'type', n.type, 'title', n.title,
                'subjectType', n.subject_type, 'subjectId', n.subject_id, 'pairingTitle', pr.title,
                'organization', o.name, 'recipient', n.recipient_name, 'recipientRole', n.recipient_role,
                'sentOn', CAST(n.created_at AT TIME ZONE s.zone AS date),
                'acknowledged', n.acknowledged_at IS NOT NULL,
                'acknowledgedOn', CAST(n.acknowledged_at AT TIME ZONE s.zone AS date))
            FROM s CROSS JOIN notice n
            LEFT JOIN pairing pr ON pr.id = n.subject_id
            LEFT JOIN organization o ON o.id = n.organization_id
            WHERE n.district = s.district AND n.receipt_required
              AND n.created_at >= (CAST(s.dfrom AS timestamp) AT TIME ZONE s.zone)
              AND n.created_at < (CAST(s.dto + 1 AS timestamp) AT TIME ZONE s.zone)
              AND (s.org IS NULL OR n.organization_id = s.org)
            ORDER BY n.created_at, n.subject_id, o.name, n.id
            """;

    private final AgroalDataSource dataSource;

    ReceiptLedger(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public StreamingOutput receipts(LedgerRequest request) {
        return LedgerRows.of(dataSource, RECEIPTS, request.parameters(ZONE));
    }
}
