package org.gongjian.gateway.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Rows of a large district for the ledger benchmark, generated as they are sent (nothing held in memory): 5,000
 * pairings with their 12 months or 4 quarters of cadence, 200,000 activities, 2,000 demands, 10,000 receipts, in the
 * shapes of the real services. Asked for with {@link #ORGANIZATION} as organizationId.
 */
public final class LedgerBenchRows {

    public static final String ORGANIZATION = "00000000-0000-0000-0000-00000000be4c";
    public static final int PAIRINGS = Integer.getInteger("bench.pairings", 5_000);
    public static final int ACTIVITIES = Integer.getInteger("bench.activities", 200_000);

    private LedgerBenchRows() {
    }

    static boolean asked(String query) {
        return query != null && query.contains("organizationId=" + ORGANIZATION);
    }

    static void write(String path, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long rows = switch (path) {
            case "/api/pairings/ledger" -> pairings(writer);
            case "/api/cadence/ledger" -> cadence(writer);
            case "/api/activities/ledger" -> activities(writer);
            case "/api/demands/ledger" -> demands(writer);
            case "/api/receipts/ledger" -> receipts(writer);
            default -> 0;
        };
        writer.write("{\"end\":true,\"rows\":" + rows + "}\n");
        writer.flush();
    }

    /** Pairing ids that sort as text in the order of their number, as the services send them. */
    private static String pairingId(int n) {
        return "%08x-0000-4000-8000-000000000000".formatted(n);
    }

    private static long pairings(Writer w) throws IOException {
        for (int p = 0; p < PAIRINGS; p++) {
            w.write("""
                    {"id":"%s","title":"机关第%d党支部与高新企业%d结对共建","type":"ONE_TO_ONE","status":"ACTIVE","lead":"湘潭高新区机关第%d党支部","partners":["湖南高新企业%d有限公司党支部"],"plaqueNo":"XTHTZ-2025-%04d","termStart":"2024-06-01","termEnd":"2027-05-31","activatedOn":"2024-06-01","concludedOn":null,"goals":["党建引领，助力企业发展"],"commitments":["共建","共学","共促","共享"],"cadenceCount":%d,"cadencePeriod":"%s","evaluation":{"periodStart":"2025-01-01","periodEnd":"2025-12-31","score":81.5,"rating":"GOOD","remarks":"共建扎实"}}
                    """.formatted(pairingId(p), p, p, p, p, p, 1 + p % 2, p % 3 == 0 ? "QUARTER" : "MONTH"));
        }
        return PAIRINGS;
    }

    private static long cadence(Writer w) throws IOException {
        long rows = 0;
        for (int p = 0; p < PAIRINGS; p++) {
            boolean quarterly = p % 3 == 0;
            for (int i = 0; i < (quarterly ? 4 : 12); i++) {
                LocalDate start = LocalDate.of(2025, 1, 1).plusMonths(quarterly ? 3L * i : i);
                w.write("""
                        {"pairingId":"%s","period":"%s","periodStart":"%s","periodEnd":"%s","required":%d,"held":3,"kept":2,"awaitingConfirmation":1,"disputed":0,"status":"OK"}
                        """.formatted(pairingId(p), quarterly ? "2025-Q" + (i + 1) : start.toString().substring(0, 7), start,
                        start.plusMonths(quarterly ? 3 : 1), 1 + p % 2));
                rows++;
            }
        }
        return rows;
    }

    private static long activities(Writer w) throws IOException {
        for (int a = 0; a < ACTIVITIES; a++) {
            int p = a % PAIRINGS;
            boolean held = a % 10 < 7;
            w.write("""
                    {"id":"%s","pairingId":"%s","pairingTitle":"机关第%d党支部与高新企业%d结对共建","date":"%s","time":"09:00","type":"THEMED_PARTY_DAY","title":"联建活动：学习研讨第%d期","location":"湘潭高新区党群服务中心，三楼会议室","status":"%s","confirmation":%s,"kept":%s,"participants":["湘潭高新区机关第%d党支部","湖南高新企业%d有限公司党支部"],"attendance":%s,"summary":%s,"outcomes":%s,"photos":%d}
                    """.formatted(pairingId(a), pairingId(p), p, p, LocalDate.of(2025, 1, 1).plusDays(a % 364), a,
                    held ? "HELD" : "PLANNED", held ? "\"CONFIRMED\"" : "null", held, p, p,
                    held ? "[{\"organization\":\"湘潭高新区机关第" + p + "党支部\",\"lead\":true,\"full\":12,\"probationary\":2,\"others\":0},"
                            + "{\"organization\":\"湖南高新企业" + p + "有限公司党支部\",\"lead\":false,\"full\":20,\"probationary\":3,\"others\":15}]"
                            : "null",
                    held ? "\"开展主题党日活动，重温入党誓词，交流企业党建经验\"" : "null", held ? "\"形成共建项目清单一份\"" : "null",
                    a % 4 == 0 ? 3 : 0));
        }
        return ACTIVITIES;
    }

    private static long demands(Writer w) throws IOException {
        int count = PAIRINGS * 2 / 5;
        for (int d = 0; d < count; d++) {
            w.write("""
                    {"id":"%s","pairingId":"%s","pairingTitle":"机关第%d党支部与高新企业%d结对共建","raisedBy":"湖南高新企业%d有限公司党支部","category":"POLICY","title":"政策咨询第%d号","detail":"希望协助解读高新技术企业认定政策","raisedOn":"2025-03-01","dueOn":"2025-03-16","status":"RESOLVED","resolution":"已组织政策宣讲","resolvedOn":"2025-03-05","daysToResolve":4,"onTime":true,"history":[{"on":"2025-03-01","from":null,"to":"OPEN","note":null,"organization":"湖南高新企业%d有限公司党支部"},{"on":"2025-03-02","from":"OPEN","to":"ACCEPTED","note":"已安排科技部门对接","organization":"湘潭高新区机关第%d党支部"},{"on":"2025-03-05","from":"ACCEPTED","to":"RESOLVED","note":null,"organization":"湘潭高新区机关第%d党支部"}]}
                    """.formatted(pairingId(d), pairingId(d), d, d, d, d, d, d, d));
        }
        return count;
    }

    private static long receipts(Writer w) throws IOException {
        int count = PAIRINGS * 2;
        for (int r = 0; r < count; r++) {
            int p = r / 2;
            w.write("""
                    {"id":"%s","type":"PAIRING_ACTIVATED","title":"结对共建已启动：机关第%d党支部与高新企业%d结对共建","subjectType":"pairing","subjectId":"%s","pairingTitle":"机关第%d党支部与高新企业%d结对共建","organization":"湖南高新企业%d有限公司党支部","recipient":"联络人%d","recipientRole":"LIAISON","sentOn":"2025-01-02","acknowledged":%s,"acknowledgedOn":%s}
                    """.formatted(pairingId(r), p, p, pairingId(p), p, p, p, r, r % 3 != 0, r % 3 != 0 ? "\"2025-01-03\"" : "null"));
        }
        return count;
    }
}
