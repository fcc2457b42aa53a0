package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.Mailbox;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Reply;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.stack.Seed004;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.Scenario.inbox;
import static org.gongjian.e2e.Scenario.pairingNotices;
import static org.gongjian.e2e.Scenario.subjectId;
import static org.gongjian.e2e.support.Users.COMMITTEE;

/**
 * The district scenario after the launch (DOMAIN.md steps 3 to 5): each liaison's notices and receipts, joint
 * activities held and confirmed, a demand resolved, and the dashboard.
 */
@Order(3)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictLifeE2E {

    /** Acknowledges from the signed link in the e-mail, without logging in. */
    static final String ACKNOWLEDGES_BY_LINK = "jiajiamei";
    /** Never acknowledges: the committee must see that. */
    static final String NEVER_ACKNOWLEDGES = "wanda";
    static final Pattern RECEIPT_LINK = Pattern.compile("/r/[A-Za-z0-9._~%-]+");

    @BeforeAll
    void servicesRun() {
        PlatformStack.assumeServices();
    }

    @Test
    @Order(1)
    void eachOfTheTwelveLiaisonsReceivesExactlyOneNoticePerPairingInTheInboxAndByEmail() {
        for (Seed004.Org org : DistrictScenarioE2E.enterprises()) {
            String liaison = Users.liaison(org.key());
            String pairingId = pairingOf(org.key());
            Eventually.holds(() -> assertThat(pairingNotices(liaison)).extracting(Scenario::subjectId).contains(pairingId));
        }
        Eventually.sleep(Duration.ofSeconds(3)); // a second notice would have come by now
        for (Seed004.Org org : DistrictScenarioE2E.enterprises()) {
            String liaison = Users.liaison(org.key());
            List<JsonNode> notices = pairingNotices(liaison);
            assertThat(notices).as(liaison + ": exactly one notice per pairing it is in (DOMAIN.md), got "
                    + notices).hasSize(1);
            JsonNode notice = notices.getFirst();
            assertThat(subjectId(notice)).isEqualTo(pairingOf(org.key()));
            assertThat(notice.path("receiptRequired").asBoolean()).as(liaison + " is asked for a receipt").isTrue();
            assertThat(notice.path("acknowledgedAt").isNull() || notice.path("acknowledgedAt").isMissingNode()).isTrue();
            assertThat(notice.path("title").asText()).isNotBlank();
            assertThat(notice.path("language").asText()).isEqualTo("zh-CN");
            assertThat(inbox(liaison)).as(liaison + " has no other notice yet").hasSize(1);
            Eventually.holds(() -> assertThat(Mailbox.of(org.contactEmail())).as(org.contactEmail()).hasSize(1));
            assertThat(Mailbox.of(org.contactEmail()).getFirst().text()).containsPattern(RECEIPT_LINK);
        }
    }

    @Test
    @Order(2)
    void liaisonsAcknowledgeFromTheInboxOrTheEmailLinkAndTheCommitteeSeesWhoHasNot() {
        int acknowledged = 0;
        for (Seed004.Org org : DistrictScenarioE2E.enterprises()) {
            String liaison = Users.liaison(org.key());
            if (org.key().equals(NEVER_ACKNOWLEDGES)) {
                continue;
            }
            String noticeId = pairingNotices(liaison).getFirst().path("id").asText();
            if (org.key().equals(ACKNOWLEDGES_BY_LINK)) {
                Matcher link = RECEIPT_LINK.matcher(Mailbox.of(org.contactEmail()).getFirst().text());
                assertThat(link.find()).isTrue();
                // opening the link, as a mail scanner or a link preview would, shows the notice and signs for no one
                Reply page = Api.anonymous().getPage(link.group()).expect(200);
                assertThat(page.body()).as("a page in Chinese naming the notice, with its button")
                        .contains(pairingNotices(liaison).getFirst().path("title").asText()).contains(">签收</button>");
                JsonNode unsigned = pairingNotices(liaison).getFirst().path("acknowledgedAt");
                assertThat(unsigned.isNull() || unsigned.isMissingNode()).as("opening acknowledges nothing").isTrue();
                Reply signed = Api.anonymous().submitForm(link.group()).expect(200);
                assertThat(signed.body()).contains("签收成功");
                Api.anonymous().submitForm(link.group()).expect(409);
            } else {
                JsonNode n = Api.as(liaison).post("/api/notifications/" + noticeId + "/receipt", null).expect(200).json();
                assertThat(n.path("acknowledgedAt").asText()).isNotBlank();
            }
            acknowledged++;
            assertThat(pairingNotices(liaison).getFirst().path("acknowledgedAt").asText()).as(liaison).isNotBlank();
        }

        Api committee = Api.as(COMMITTEE);
        assertThat(liaisonReceipts(committee, NEVER_ACKNOWLEDGES)).containsOnly("PENDING");
        assertThat(liaisonReceipts(committee, ACKNOWLEDGES_BY_LINK)).containsOnly("ACKNOWLEDGED");
        assertThat(liaisonReceipts(committee, "minsheng")).containsOnly("ACKNOWLEDGED");
        JsonNode summary = committee.get("/api/receipts/summary").expect(200).json();
        assertThat(summary.path("acknowledged").asInt()).isEqualTo(acknowledged).isEqualTo(11);
        assertThat(summary.path("required").asInt())
                .isEqualTo(summary.path("acknowledged").asInt() + summary.path("pending").asInt());
        assertThat(summary.path("pending").asInt()).isPositive();
    }

    @Test
    @Order(3)
    void branchesHoldJointActivitiesRecordAttendanceAndThePartnerSideConfirms() {
        for (Scenario.JointActivity a : Scenario.ACTIVITIES) {
            Api lead = Api.as(Users.secretary(a.leadKey()));
            ObjectNode plan = Json.object().put("pairingId", World.pairingLedBy(a.leadKey())).put("title", a.title())
                    .put("type", a.type()).put("startsAt", a.startsAt().toString())
                    .put("endsAt", a.startsAt().plusHours(2).toString()).put("location", a.location());
            if (!a.participants().isEmpty()) {
                plan.set("participantIds", Json.array(a.participants().stream().map(World::org).toList()));
            }
            // activity-service learns that the pairing is active from pairing-service's events
            String id = Eventually.answers(() -> lead.post("/api/activities", plan), 201).id();
            World.ACTIVITIES.put(a.name(), id);

            ObjectNode held = Json.object().put("summary", a.title() + "：活动顺利开展").put("outcomes", "形成共建清单三项");
            ArrayNode attendance = held.putArray("attendance");
            a.attendance().forEach((key, n) -> attendance.addObject().put("organizationId", World.org(key))
                    .put("full", n[0]).put("probationary", n[1]).put("others", n[2]));
            JsonNode done = lead.post("/api/activities/" + id + "/completion", held,
                    lead.get("/api/activities/" + id).expect(200).etag()).expect(200).json();
            assertThat(done.path("status").asText()).isEqualTo("HELD");
            assertThat(done.path("attendance").size()).isEqualTo(a.attendance().size());

            Api partner = Api.as(Users.secretary(a.confirmerKey()));
            JsonNode confirmed = partner.post("/api/activities/" + id + "/confirmation", null,
                    partner.get("/api/activities/" + id).expect(200).etag()).expect(200).json();
            assertThat(confirmed.path("confirmedBy").asText()).isEqualTo(World.org(a.confirmerKey()));
        }
    }

    @Test
    @Order(4)
    void aPartnerRaisesADemandAndTheOrganSideResolvesIt() {
        String pairingId = World.pairingLedBy("bangongshi");
        ObjectNode demand = Json.object().put("category", "用工招聘").put("title", "医药冷链物流岗位招聘对接")
                .put("detail", "新建冷链仓储中心需招聘冷链物流专业人员二十名，请协助对接高校与人社部门。")
                .put("dueOn", Scenario.today().plusDays(15).toString());
        JsonNode raised = Api.as(Users.liaison("minsheng")).post("/api/pairings/" + pairingId + "/demands", demand)
                .expect(201).json();
        assertThat(raised.path("status").asText()).isEqualTo("OPEN");
        assertThat(raised.path("raisedBy").asText()).isEqualTo(World.org("minsheng"));
        World.demandId = raised.path("id").asText();

        Api organSide = Api.as(Users.secretary("bangongshi"));
        organSide.post("/api/demands/" + World.demandId + "/acceptance", Json.object().put("note", "已受理，三日内对接"))
                .expect(200);
        JsonNode resolved = organSide.post("/api/demands/" + World.demandId + "/resolution",
                Json.object().put("resolution", "已联系湘潭大学、湖南工程学院举办专场招聘会，签约十八人。")).expect(200).json();
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(Api.as(Users.liaison("minsheng")).get("/api/demands/" + World.demandId).expect(200).json()
                .path("resolution").asText()).contains("专场招聘会");
    }

    @Test
    @Order(5)
    void everyLiaisonEndsWithExactlyTheNoticesMeantForItAndAnEmailForEach() {
        for (Seed004.Org org : DistrictScenarioE2E.enterprises()) {
            String liaison = Users.liaison(org.key());
            List<String> expected = expectedOtherNotices(org.key());
            Eventually.holds(() -> {
                List<JsonNode> all = inbox(liaison);
                List<String> others = all.stream().filter(n -> !n.path("subject").path("type").asText().equals("pairing"))
                        .map(n -> n.path("type").asText() + ":" + subjectId(n)).sorted().toList();
                assertThat(others).as(liaison + " notices besides the pairing's").isEqualTo(expected);
                assertThat(pairingNotices(liaison)).as(liaison + " pairing notices").hasSize(1);
                assertThat(Mailbox.of(org.contactEmail())).as(org.contactEmail() + ": one e-mail per notice")
                        .hasSize(all.size());
            });
        }
    }

    @Test
    @Order(6)
    void theDashboardShowsOrganizationsCoverageActivitiesAttendanceAndOverduePairings() {
        int[] attendance = new int[3];
        Scenario.ACTIVITIES.stream().filter(a -> !a.lastMonth()).forEach(a -> a.attendance().values()
                .forEach(n -> { attendance[0] += n[0]; attendance[1] += n[1]; attendance[2] += n[2]; }));
        String compliant = World.pairingLedBy("jijian"); // the only pairing that held an activity last month
        Eventually.holds(() -> {
            Reply reply = Api.as(COMMITTEE).get("/api/dashboard/overview").expect(200);
            JsonNode o = reply.json();
            assertThat(o.path("unavailable").size()).as("services that did not answer: " + o.path("unavailable")).isZero();
            assertThat(o.path("organizations").path("total").asInt()).isEqualTo(21);
            assertThat(o.path("organizations").path("bySector").path("ORGAN").asInt()).isEqualTo(9);
            assertThat(o.path("organizations").path("bySector").path("NON_PUBLIC_ENTERPRISE").asInt()).isEqualTo(12);
            assertThat(o.path("organizations").path("twoNew").asInt()).isEqualTo(12);
            assertThat(o.path("coverage").path("twoNewPaired").asInt()).isEqualTo(12);
            assertThat(o.path("coverage").path("twoNewTotal").asInt()).isEqualTo(12);
            assertThat(o.path("coverage").path("rate").asDouble()).isEqualTo(1.0);
            assertThat(o.path("coverage").path("pairingsByStatus").path("ACTIVE").asInt()).isEqualTo(9);
            JsonNode activities = o.path("activities");
            assertThat(activities.path("total").asInt()).as("activities this month").isEqualTo(3);
            assertThat(activities.path("byType").path("SYMPOSIUM").asInt()).isEqualTo(1);
            assertThat(activities.path("byType").path("THEMED_PARTY_DAY").asInt()).isEqualTo(1);
            assertThat(activities.path("byType").path("VOLUNTEER_SERVICE").asInt()).isEqualTo(1);
            assertThat(activities.path("byType").path("STUDY_SESSION").asInt()).as("held last month").isZero();
            assertThat(activities.path("byStatus").path("HELD").asInt()).isEqualTo(3);
            assertThat(activities.path("attendance").path("full").asInt()).isEqualTo(attendance[0]);
            assertThat(activities.path("attendance").path("probationary").asInt()).isEqualTo(attendance[1]);
            assertThat(activities.path("attendance").path("others").asInt()).isEqualTo(attendance[2]);
            assertThat(activities.path("pairings").path("compliant").asInt()).isEqualTo(1);
            assertThat(activities.path("pairings").path("overdue").asInt()).isEqualTo(8);
            assertThat(Json.texts(activities.path("pairings").path("overdueIds")))
                    .containsExactlyInAnyOrderElementsOf(World.PAIRINGS_BY_LEAD.values().stream()
                            .filter(id -> !id.equals(compliant)).toList());
            assertThat(o.path("receipts").path("acknowledged").asInt()).isEqualTo(11);
        });

        Reply screen = Api.as(Users.SCREEN).get("/api/dashboard/overview").expect(200);
        assertThat(screen.json().path("organizations").path("total").asInt()).isEqualTo(21);
        assertThat(screen.body()).as("a dashboard reader sees no personal data").doesNotContain("@gongjian.test");
        World.scenarioCompleted = true;
    }

    @Test
    @Order(7)
    void aSecretarySubscribesToItsOrganizationsCalendarThroughTheGatewayWithOnlyTheFeedToken() throws Exception {
        Scenario.JointActivity held = Scenario.ACTIVITIES.getFirst();
        String organization = World.org(held.leadKey());
        JsonNode link = Api.as(Users.secretary(held.leadKey()))
                .get("/api/organizations/" + organization + "/calendar-token").expect(200).json();
        String feedUrl = link.path("url").asText();
        assertThat(feedUrl).startsWith("/api/organizations/" + organization + "/calendar.ics?token=");

        // a phone's calendar: no session, no bearer token, only the link
        Reply feed = Api.anonymous().get(feedUrl, "text/calendar").expect(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).contains("max-age");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(feed.body()));
        List<String> summaries = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .map(event -> event.getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                        .map(net.fortuna.ical4j.model.Property::getValue).orElse(""))
                .toList();
        assertThat(summaries).as("the organization's activities in the feed").contains(held.title());

        Api.anonymous().get(feedUrl.replaceAll("token=[^&]+", "token=forged"), "text/calendar").expect(404);
        Api.anonymous().get("/api/organizations/" + organization + "/calendar.ics", "text/calendar").expect(404);
    }

    @Test
    @Order(8)
    void aPairingsTimelineAnswersThroughTheGateway() {
        Scenario.JointActivity held = Scenario.ACTIVITIES.getFirst();
        String pairingId = World.pairingLedBy(held.leadKey());
        JsonNode timeline = Api.as(COMMITTEE).get("/api/pairings/" + pairingId + "/timeline").expect(200).json();
        assertThat(Json.items(timeline)).extracting(activity -> activity.path("id").asText())
                .contains(World.ACTIVITIES.get(held.name()));
        Api.anonymous().get("/api/pairings/" + pairingId + "/timeline").expect(401);
    }

    private static String pairingOf(String orgKey) {
        return World.pairingLedBy(World.pairingOf(orgKey).lead());
    }

    /** A liaison's notices other than its pairing's: the activities its organization takes part in, its demand's answers. */
    private static List<String> expectedOtherNotices(String orgKey) {
        List<String> expected = new ArrayList<>();
        for (Scenario.JointActivity a : Scenario.ACTIVITIES) {
            if (a.participantKeys().contains(orgKey)) {
                expected.add("ACTIVITY_SCHEDULED:" + World.ACTIVITIES.get(a.name()));
            }
        }
        if (orgKey.equals("minsheng")) {
            expected.add("DEMAND_ANSWERED:" + World.demandId); // accepted
            expected.add("DEMAND_ANSWERED:" + World.demandId); // resolved
        }
        return expected.stream().sorted().toList();
    }

    /** The status of each receipt the committee sees for the liaison of an organization, in its pairing. */
    private static List<String> liaisonReceipts(Api committee, String orgKey) {
        JsonNode page = committee.get("/api/receipts?size=200&pairingId=" + pairingOf(orgKey)).expect(200).json();
        List<String> statuses = Json.items(page).stream()
                .filter(r -> r.path("organizationId").asText().equals(World.org(orgKey)))
                .filter(r -> r.path("recipientRole").asText().equals("LIAISON"))
                .map(r -> r.path("status").asText())
                .toList();
        assertThat(statuses).as("liaison receipts of " + orgKey + " in " + page).isNotEmpty();
        return statuses;
    }

}
