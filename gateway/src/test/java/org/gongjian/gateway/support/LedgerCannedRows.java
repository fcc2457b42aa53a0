package org.gongjian.gateway.support;

/**
 * The ledger rows the stand-in services stream, in the shapes the real services produce (their own tests check those
 * shapes against their APIs). Two organization ids make them misbehave: {@link #REFUSED} is answered 404 by
 * pairing-service, {@link #CUT_SHORT} gets activity rows without the closing trailer.
 */
public final class LedgerCannedRows {

    public static final String REFUSED = "00000000-0000-0000-0000-000000000404";
    public static final String CUT_SHORT = "00000000-0000-0000-0000-000000000500";

    public static final String FIRST_PAIRING = "1b2c3d4e-0000-4000-8000-000000000001";
    public static final String SECOND_PAIRING = "9b2c3d4e-0000-4000-8000-000000000002";

    private LedgerCannedRows() {
    }

    /** The status and body of a ledger path, or null when the path is not one. */
    static Answer answer(String path, String query) {
        String organization = query == null || !query.contains("organizationId=") ? null
                : query.substring(query.indexOf("organizationId=") + "organizationId=".length()).split("&")[0];
        if (REFUSED.equals(organization) && path.equals("/api/pairings/ledger")) {
            return new Answer(404, "application/problem+json",
                    "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Organization " + REFUSED
                            + " was not found\"}");
        }
        return switch (path) {
            case "/api/pairings/ledger" -> ndjson(PAIRINGS);
            case "/api/cadence/ledger" -> ndjson(CADENCE);
            case "/api/activities/ledger" -> CUT_SHORT.equals(organization)
                    ? new Answer(200, "application/x-ndjson", ACTIVITIES) : ndjson(ACTIVITIES);
            case "/api/demands/ledger" -> ndjson(DEMANDS);
            case "/api/receipts/ledger" -> ndjson(RECEIPTS);
            default -> null;
        };
    }

    private static Answer ndjson(String rows) {
        long count = rows.lines().count();
        return new Answer(200, "application/x-ndjson", rows + "{\"end\":true,\"rows\":" + count + "}\n");
    }

    record Answer(int status, String contentType, String body) {
    }

    static final String PAIRINGS = """
            {"id":"%s","title":"纪检监察党支部与华菱线缆党委结对共建","type":"ONE_TO_ONE","status":"ACTIVE","lead":"湘潭高新区纪检监察党支部","partners":["湖南华菱线缆股份有限公司党委"],"plaqueNo":"XTHTZ-2025-001","termStart":"2025-05-16","termEnd":"2027-05-15","activatedOn":"2025-05-16","concludedOn":null,"goals":["党建引领，助力企业发展"],"commitments":["共建","共学","共促","共享"],"cadenceCount":1,"cadencePeriod":"MONTH","evaluation":{"periodStart":"2025-05-16","periodEnd":"2025-12-31","score":76.0,"rating":"GOOD","remarks":"共建扎实"}}
            {"id":"%s","title":"产业链党建联盟","type":"ALLIANCE","status":"ACTIVE","lead":"湘潭高新区管委会机关党委","partners":["嘉嘉美党支部","崇德科技党支部"],"plaqueNo":"XTHTZ-2025-002","termStart":"2025-05-16","termEnd":null,"activatedOn":"2025-05-16","concludedOn":null,"goals":[],"commitments":["三联三建"],"cadenceCount":2,"cadencePeriod":"QUARTER","evaluation":null}
            """.formatted(FIRST_PAIRING, SECOND_PAIRING);

    static final String CADENCE = """
            {"pairingId":"%1$s","period":"2025-05","periodStart":"2025-05-01","periodEnd":"2025-06-01","required":1,"held":0,"kept":0,"awaitingConfirmation":0,"disputed":0,"status":"MISSED"}
            {"pairingId":"%1$s","period":"2025-06","periodStart":"2025-06-01","periodEnd":"2025-07-01","required":1,"held":2,"kept":1,"awaitingConfirmation":1,"disputed":1,"status":"OK"}
            {"pairingId":"%2$s","period":"2025-Q2","periodStart":"2025-04-01","periodEnd":"2025-07-01","required":2,"held":1,"kept":1,"awaitingConfirmation":0,"disputed":0,"status":"MISSED"}
            """.formatted(FIRST_PAIRING, SECOND_PAIRING);

    static final String ACTIVITIES = """
            {"id":"a1","pairingId":"%1$s","pairingTitle":"纪检监察党支部与华菱线缆党委结对共建","date":"2025-05-30","time":"09:30","type":"THEMED_PARTY_DAY","title":"庆\\"六一\\"主题党日","location":"湘潭高新区党群服务中心, 三楼","status":"HELD","confirmation":"CONFIRMED","kept":true,"participants":["湘潭高新区纪检监察党支部","湖南华菱线缆股份有限公司党委"],"attendance":[{"organization":"湘潭高新区纪检监察党支部","lead":true,"full":12,"probationary":2,"others":0},{"organization":"湖南华菱线缆股份有限公司党委","lead":false,"full":20,"probationary":3,"others":15}],"summary":"开展主题党日活动，重温入党誓词","outcomes":"签订共建协议","photos":3}
            {"id":"a2","pairingId":"%1$s","pairingTitle":"纪检监察党支部与华菱线缆党委结对共建","date":"2025-06-20","time":"14:00","type":"SYMPOSIUM","title":"禁毒宣讲走基层","location":null,"status":"PLANNED","confirmation":null,"kept":false,"participants":["湘潭高新区纪检监察党支部"],"attendance":null,"summary":null,"outcomes":null,"photos":0}
            """.formatted(FIRST_PAIRING);

    static final String DEMANDS = """
            {"id":"d1","pairingId":"%s","pairingTitle":"纪检监察党支部与华菱线缆党委结对共建","raisedBy":"湖南华菱线缆股份有限公司党委","category":"HIRING","title":"招聘专场对接","detail":"希望协助对接高校毕业生招聘","raisedOn":"2025-06-01","dueOn":"2025-06-16","status":"RESOLVED","resolution":"举办专场招聘会","resolvedOn":"2025-06-05","daysToResolve":4,"onTime":true,"history":[{"on":"2025-06-01","from":null,"to":"OPEN","note":null,"organization":"湖南华菱线缆股份有限公司党委"},{"on":"2025-06-02","from":"OPEN","to":"ACCEPTED","note":"已安排人社部门对接","organization":"湘潭高新区纪检监察党支部"},{"on":"2025-06-05","from":"ACCEPTED","to":"RESOLVED","note":null,"organization":"湘潭高新区纪检监察党支部"}]}
            """.formatted(FIRST_PAIRING);

    static final String RECEIPTS = """
            {"id":"n1","type":"PAIRING_ACTIVATED","title":"结对共建已启动：纪检监察党支部与华菱线缆党委结对共建","subjectType":"pairing","subjectId":"%1$s","pairingTitle":"纪检监察党支部与华菱线缆党委结对共建","organization":"湖南华菱线缆股份有限公司党委","recipient":"王晓红","recipientRole":"LIAISON","sentOn":"2025-05-16","acknowledged":true,"acknowledgedOn":"2025-05-17"}
            {"id":"n2","type":"PAIRING_ACTIVATED","title":"结对共建已启动：纪检监察党支部与华菱线缆党委结对共建","subjectType":"pairing","subjectId":"%1$s","pairingTitle":"纪检监察党支部与华菱线缆党委结对共建","organization":"湖南华菱线缆股份有限公司党委","recipient":"John Smith","recipientRole":"LIAISON","sentOn":"2025-05-16","acknowledged":false,"acknowledgedOn":null}
            """.formatted(FIRST_PAIRING);
}
