package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.World;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.gongjian.stack.Seed004;

/** The scenario's calendar (the district's zone), its joint activities and reading a liaison's notices. */
final class Scenario {

    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * A joint activity of the scenario.
     *
     * @param leadKey      the pairing, by its lead organization; the lead's secretary schedules and records it
     * @param participants organization keys; empty = every member of the pairing
     * @param attendance   per organization key: full members, probationary members, others
     * @param confirmerKey the partner whose secretary confirms it
     */
    record JointActivity(String name, String leadKey, String title, String type, String location,
                         List<String> participants, Map<String, int[]> attendance, String confirmerKey,
                         boolean lastMonth) {

        List<String> participantKeys() {
            return participants.isEmpty() ? World.membersOf(pairing()) : participants;
        }

        Seed004.PairingSeed pairing() {
            return World.pairingOf(leadKey);
        }

        OffsetDateTime startsAt() {
            if (lastMonth) {
                return today().withDayOfMonth(1).minusMonths(1).plusDays(14).atTime(9, 30).atZone(DISTRICT_ZONE)
                        .toOffsetDateTime();
            }
            // held today, just before now (never before this month began, so it counts for this month)
            ZonedDateTime now = ZonedDateTime.now(DISTRICT_ZONE);
            ZonedDateTime earlier = now.minusMinutes(30);
            ZonedDateTime monthStart = now.toLocalDate().withDayOfMonth(1).atStartOfDay(DISTRICT_ZONE);
            return (earlier.isBefore(monthStart) ? monthStart : earlier).toOffsetDateTime();
        }
    }

    static final List<JointActivity> ACTIVITIES = List.of(
            new JointActivity("symposium", "bangongshi", "办公室党支部与民生药业党支部结对共建座谈交流会", "SYMPOSIUM",
                    "民生药业党员活动室", List.of(),
                    Map.of("bangongshi", new int[]{8, 1, 0}, "minsheng", new int[]{15, 2, 6}), "minsheng", false),
            new JointActivity("childrens-day", "chuangye", "“六一”儿童节主题党日：童心向党 共建同行", "THEMED_PARTY_DAY",
                    "永飞科技会议室", List.of("chuangye", "yongfei"),
                    Map.of("chuangye", new int[]{7, 1, 0}, "yongfei", new int[]{6, 1, 12}), "yongfei", false),
            new JointActivity("drug-control-walk", "jijian", "禁毒宣讲与文明健步行", "VOLUNTEER_SERVICE",
                    "家家美商业广场", List.of(),
                    Map.of("jijian", new int[]{9, 0, 0}, "jiajiamei", new int[]{12, 2, 30}), "jiajiamei", false),
            new JointActivity("last-month-study", "jijian", "共学《中国共产党纪律处分条例》", "STUDY_SESSION",
                    "纪检监察党支部会议室", List.of(),
                    Map.of("jijian", new int[]{10, 1, 0}, "jiajiamei", new int[]{14, 2, 0}), "jiajiamei", true));

    private Scenario() {
    }

    static LocalDate today() {
        return LocalDate.now(DISTRICT_ZONE);
    }

    /** The liaison's whole inbox (newest first). */
    static List<JsonNode> inbox(String username) {
        return Json.items(Api.as(username).get("/api/notifications?size=200").expect(200).json());
    }

    /** The liaison's notices about pairings. */
    static List<JsonNode> pairingNotices(String username) {
        return inbox(username).stream().filter(n -> n.path("subject").path("type").asText().equals("pairing")).toList();
    }

    static String subjectId(JsonNode notice) {
        return notice.path("subject").path("id").asText();
    }
}
