package org.gongjian.gateway.support;

import java.util.Map;

/** What the stand-in services answer: the four dashboard reads in the shapes of COMMON.md, else an echo. */
final class CannedAnswers {

    private CannedAnswers() {
    }

    static String answer(String service, String path, String query, Map<String, Object> record) {
        String district = parameter(query, "district", "xiangtan-htz");
        return switch (path) {
            case "/api/organizations/stats" -> """
                    {"district":"%s","total":21,"bySector":{"ORGAN":9,"NON_PUBLIC_ENTERPRISE":10,"SOCIAL_ORGANIZATION":2},\
                    "byKind":{"BRANCH":21},"byStatus":{"ACTIVE":21},"twoNew":12}""".formatted(district);
            case "/api/pairings/coverage" -> """
                    {"district":"%s","twoNewTotal":12,"twoNewPaired":12,"rate":1.0,"unpaired":[],\
                    "organs":[{"id":"6f1c0c55-4c41-4b8e-9a55-0d4f3b7c1a01","name":"湘潭高新区纪检监察党支部","partners":2}],\
                    "pairingsByStatus":{"ACTIVE":8}}""".formatted(district);
            case "/api/activities/stats" -> """
                    {"district":"%s","from":"%s","to":"%s","total":3,"byMonth":[{"month":"2025-06","count":3}],\
                    "byType":{"SYMPOSIUM":1,"THEMED_PARTY_DAY":1,"PARTY_LESSON":1},"byStatus":{"HELD":3},\
                    "attendance":{"full":58,"probationary":4,"others":21},\
                    "pairings":{"compliant":7,"overdue":1,"overdueIds":["0b7e6a9c-2f4e-4a53-8d3c-1e2f3a4b5c6d"]}}"""
                    .formatted(district, parameter(query, "from", "2025-06-01"), parameter(query, "to", "2025-06-30"));
            case "/api/receipts/summary" -> """
                    {"district":"%s","required":12,"acknowledged":9,"pending":3}""".formatted(district);
            case "/api/operation-log" -> FakeOperationLog.page(service, district, query);
            default -> """
                    {"service":"%s","method":"%s","path":"%s","bodyLength":%d,"bodySha256":"%s"}"""
                    .formatted(service, record.get("method"), path, (Integer) record.get("bodyLength"), record.get("bodySha256"));
        };
    }

    private static String parameter(String query, String name, String fallback) {
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
