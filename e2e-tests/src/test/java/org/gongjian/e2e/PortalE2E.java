package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.CreditCodes;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.Workbench;
import org.gongjian.stack.KeycloakAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Workbench.testId;

/**
 * The branch and enterprise portal on a phone (375 × 667, Debian's chromium emulating a phone), against the whole
 * platform. The committee registers an organ branch and an enterprise branch through the API, pairs and launches
 * them, and points three new accounts at them: the organ's secretary, the enterprise's secretary and its liaison.
 * Then, in the browser: the liaison acknowledges the pairing notice and raises a demand; the organ's secretary
 * accepts and resolves it; the organ's secretary schedules an activity and records it as held with attendance and
 * two photos; the enterprise's secretary confirms it, and the period shows as kept. Each role's menu holds only its
 * pages and another organization's page is "not found". Every page's timings are printed ({@code [web-timing]},
 * and {@code [portal-timing]} from the browser's request to the content shown); with
 * {@code -Dgongjian.e2e.screenshots=docs/screenshots} the pages are saved as {@code portal-*.png}.
 */
@Order(6)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalE2E {

    private static final String DISTRICT = "xiangtan-htz";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> PORTAL_MENU = List.of("消息", "我的结对", "诉求", "我的组织", "日历订阅", "通知设置");
    /** A secretary also rates the partner side when an evaluation asks for it, and reads its organization's operation log. */
    private static final List<String> SECRETARY_MENU = List.of("消息", "我的结对", "诉求", "我的组织", "日历订阅", "通知设置",
            "结对评分", "操作日志");

    private final String run = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    private final String organSecretary = "portal.organ." + run;
    private final String firmSecretary = "portal.firm." + run;
    private final String liaison = "portal.liaison." + run;
    private final String liaisonEmail = "portal-" + run + "@example.com";
    private final String demandTitle = "门户测试" + run + "需要人才招聘对接";
    private final String activityTitle = "门户测试" + run + "主题党日";
    private final String disputedTitle = "门户测试" + run + "座谈交流";
    private final String organName = "门户测试" + run + "机关党支部";
    private final String firmName = "门户测试" + run + "科技公司党支部";
    private final Map<String, Workbench> browsers = new LinkedHashMap<>();
    private String organ;
    private String firm;
    private String pairing;
    private String otherPairing;
    private String demandId;
    private String activityId;
    private Path photos;

    @BeforeAll
    void aPairedOrganAndEnterpriseWithTheirAccounts() throws IOException {
        PlatformStack.assumeServices();
        org.gongjian.e2e.support.Browser.assumeWanted();
        photos = Files.createTempDirectory("gongjian-e2e-photos-");
        Api committee = Api.as(Users.COMMITTEE);
        organ = register(committee, organName, "ORGAN", "portal-organ-" + run + "@example.com");
        firm = register(committee, firmName, "NON_PUBLIC_ENTERPRISE", liaisonEmail);
        String organ2 = register(committee, "门户测试" + run + "另一机关党支部", "ORGAN", "portal-organ2-" + run + "@example.com");
        String firm2 = register(committee, "门户测试" + run + "另一公司党支部", "NON_PUBLIC_ENTERPRISE", "portal-firm2-" + run + "@example.com");

        KeycloakAdmin keycloak = KeycloakAdmin.of(PlatformStack.stack());
        keycloak.ensureUser(organSecretary, Users.PASSWORD, "portal-organ-" + run + "@example.com", DISTRICT, organ, "branch-secretary");
        keycloak.ensureUser(firmSecretary, Users.PASSWORD, "portal-firmsec-" + run + "@example.com", DISTRICT, firm, "branch-secretary");
        keycloak.ensureUser(liaison, Users.PASSWORD, liaisonEmail, DISTRICT, firm, "enterprise-contact");

        pairing = propose(committee, "门户测试" + run + "机关与科技公司结对共建", organ, firm);
        otherPairing = propose(committee, "门户测试" + run + "另一结对", organ2, firm2);
        ObjectNode launch = Json.object().put("title", "门户测试" + run + "结对启动仪式").put("heldOn", LocalDate.now(ZONE).toString());
        launch.set("pairingIds", Json.array(List.of(pairing, otherPairing)));
        committee.post("/api/launches", launch).expect(201);
    }

    @AfterAll
    void closeBrowsers() {
        browsers.values().forEach(Workbench::close);
    }

    @Test
    @Order(1)
    void theLiaisonSeesThePairingNoticeAcknowledgesItInOneTapAndRaisesADemand() {
        Eventually.holds(() -> assertThat(Json.items(Api.as(liaison).get("/api/notifications").expect(200).json()))
                .anyMatch(n -> pairing.equals(n.path("subject").path("id").asText())));
        Workbench phone = phone(liaison);
        timed(phone, "/", testId("notice"));
        assertThat(phone.driver().getCurrentUrl()).as("a liaison lands in the inbox").endsWith("/inbox");
        assertThat(phone.menuLabels()).containsExactlyElementsOf(PORTAL_MENU);
        phone.await().until(d -> !d.findElements(testId("unread-badge")).isEmpty()); // the unread badge in the menu
        phone.screenshot("portal-01-liaison-inbox");

        phone.click(testId("notice-title"));
        phone.find(testId("notice-body"));
        phone.doubleTap(testId("acknowledge"));
        phone.find(testId("acknowledged"));
        phone.screenshot("portal-02-liaison-acknowledged");
        JsonNode notice = Json.items(Api.as(liaison).get("/api/notifications").expect(200).json()).stream()
                .filter(n -> pairing.equals(n.path("subject").path("id").asText())).findFirst().orElseThrow();
        assertThat(notice.path("acknowledgedAt").asText()).isNotBlank();
        assertThat(notice.path("readAt").asText()).isNotBlank();

        timed(phone, "/my/pairings", testId("my-pairing"));
        assertThat(phone.all(testId("my-pairing"))).hasSize(1);
        assertThat(phone.text("my-pairing-members")).as("the partner organization by its name")
                .contains(organName, firmName);
        phone.screenshot("portal-03-liaison-pairings");

        timed(phone, "/my/demands", testId("raise-demand"));
        phone.click(testId("raise-demand"));
        phone.find(By.cssSelector(".ant-modal-content"));
        phone.type("标题", demandTitle);
        phone.type("诉求内容", "希望机关支部协助对接高校毕业生招聘渠道。");
        phone.screenshot("portal-04-liaison-raise-demand");
        phone.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        phone.await().until(d -> d.getCurrentUrl().contains("/my/demands/"));
        assertThat(phone.find(testId("demand-status")).getDomAttribute("data-status")).isEqualTo("OPEN");
        demandId = phone.driver().getCurrentUrl().replaceAll(".*/my/demands/", "");
        JsonNode demand = Api.as(liaison).get("/api/demands/" + demandId).expect(200).json();
        assertThat(demand.path("title").asText()).isEqualTo(demandTitle);
        assertThat(demand.path("raisedBy").asText()).isEqualTo(firm);
        phone.screenshot("portal-05-liaison-demand");

        timed(phone, "/my/calendar", By.cssSelector("[data-testid=feed-url], [data-testid=problem]"));
        phone.screenshot("portal-06-liaison-calendar");
        if (!phone.all(testId("feed-url")).isEmpty()) {
            assertThat(phone.all(testId("feed-qr"))).as("a QR code of the feed").isNotEmpty();
        }
        timed(phone, "/settings", testId("prefs-form"));
        phone.screenshot("portal-07-liaison-settings");
    }

    @Test
    @Order(2)
    void theOrganSecretaryAcceptsAndResolvesTheDemand() {
        Workbench phone = phone(organSecretary);
        timed(phone, "/my/demands", testId("my-demand"));
        assertThat(phone.menuLabels()).containsExactlyElementsOf(SECRETARY_MENU);
        phone.click(By.xpath("//a[@data-testid='my-demand'][contains(.,'" + demandTitle + "')]"));
        phone.find(testId("demand-accept"));
        phone.click(testId("demand-accept"));
        phone.find(By.cssSelector(".ant-modal-content"));
        phone.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        phone.await().until(d -> "ACCEPTED".equals(d.findElement(testId("demand-status")).getDomAttribute("data-status")));

        phone.click(testId("demand-resolve"));
        phone.find(By.cssSelector(".ant-modal-content"));
        phone.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        assertThat(phone.fieldError("办理结果")).as("a resolution needs its text").isNotBlank();
        phone.type("办理结果", "已联系区人才服务中心，安排专场招聘会。");
        phone.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        phone.await().until(d -> "RESOLVED".equals(d.findElement(testId("demand-status")).getDomAttribute("data-status")));
        phone.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        phone.screenshot("portal-08-secretary-demand-resolved");
        JsonNode demand = Api.as(liaison).get("/api/demands/" + demandId).expect(200).json();
        assertThat(demand.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(demand.path("history").findValuesAsText("to")).contains("ACCEPTED", "RESOLVED");
    }

    @Test
    @Order(3)
    void theOrganSecretarySchedulesAnActivityAndRecordsItAsHeldWithAttendanceAndTwoPhotos() {
        Workbench phone = phone(organSecretary);
        timed(phone, "/my/pairings", testId("my-pairing"));
        phone.screenshot("portal-09-secretary-pairings");
        timed(phone, "/my/pairings/" + pairing, testId("schedule"));
        phone.screenshot("portal-10-secretary-pairing");
        phone.click(testId("schedule"));
        phone.find(By.cssSelector(".ant-modal-content"));
        phone.type("活动名称", activityTitle);
        LocalDateTime start = LocalDateTime.now(ZoneId.systemDefault()).minusHours(2).withMinute(0).withSecond(0).withNano(0);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        phone.setNative(testId("starts-at"), start.format(local));
        phone.setNative(testId("ends-at"), start.plusHours(1).format(local));
        phone.type("活动地点", "高新区党群服务中心");
        phone.screenshot("portal-11-secretary-schedule");
        phone.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        phone.await().until(d -> d.getCurrentUrl().contains("/my/activities/"));
        activityId = phone.driver().getCurrentUrl().replaceAll(".*/my/activities/", "");

        phone.click(testId("record-held"));
        phone.find(testId("held-form"));
        List<org.openqa.selenium.WebElement> rows = phone.all(testId("attendance-input"));
        assertThat(rows).as("one attendance row per participating organization").hasSize(2);
        int[][] counts = {{6, 1, 2}, {4, 0, 3}};
        for (int i = 0; i < rows.size(); i++) {
            List<org.openqa.selenium.WebElement> inputs = rows.get(i).findElements(By.cssSelector("input.ant-input-number-input"));
            for (int j = 0; j < 3; j++) {
                inputs.get(j).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(counts[i][j]));
            }
        }
        phone.type("活动小结", "两支部党员共同学习党的二十届四中全会精神，并开展结对交流。");
        phone.type("活动成效", "形成共建项目清单两项。");
        phone.click(testId("held-save"));
        phone.await().until(d -> "HELD".equals(d.findElement(testId("activity-status")).getDomAttribute("data-status")));

        assertThat(phone.text("activity-participants")).contains(organName, firmName);
        Path one = photo("一", new Color(200, 22, 29));
        Path two = photo("二", new Color(22, 119, 255));
        phone.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(one + "\n" + two);
        phone.await().until(d -> d.findElements(By.cssSelector("[data-testid=photo-gallery] img")).size() == 2);
        phone.await().until(d -> d.findElements(testId("photo-sending")).isEmpty());
        phone.screenshot("portal-12-secretary-activity-held");

        JsonNode activity = Api.as(organSecretary).get("/api/activities/" + activityId).expect(200).json();
        assertThat(activity.path("status").asText()).isEqualTo("HELD");
        assertThat(activity.path("attendance").findValuesAsText("full")).containsExactlyInAnyOrder("6", "4");
        assertThat(Api.as(organSecretary).get("/api/activities/" + activityId + "/photos").expect(200).json().size()).isEqualTo(2);

        timed(phone, "/my/organization", testId("org-form"));
        phone.type("书记电话", "12345");
        phone.click(testId("org-save"));
        assertThat(phone.fieldError("书记电话")).as("the registry's message beside the phone field").isNotBlank();
        assertThat(phone.find(By.xpath("//div[contains(@class,'ant-form-item')][.//label[normalize-space(.)='书记电话']]//input"))
                .getDomProperty("value")).as("what was typed is kept").isEqualTo("12345");
        phone.screenshot("portal-13-secretary-organization");
        phone.type("书记电话", "13807310099");
        phone.click(testId("org-save"));
        Eventually.holds(() -> assertThat(Api.as(organSecretary).get("/api/organizations/" + organ).expect(200).json()
                .path("secretary").path("phone").asText()).isEqualTo("13807310099"));

        timed(phone, "/settings", testId("webhooks"));
        phone.click(testId("webhook-add"));
        phone.type("推送地址（URL）", "http://127.0.0.1:9/gongjian");
        phone.type("说明", "本单位办公系统");
        phone.click(testId("webhook-save"));
        assertThat(phone.fieldError("推送地址（URL）")).as("an internal address is refused beside the field").isNotBlank();
        assertThat(phone.find(Workbench.field("推送地址（URL）")).findElement(By.cssSelector("input")).getDomProperty("value"))
                .as("what was typed is kept").isEqualTo("http://127.0.0.1:9/gongjian");
        assertThat(Api.as(organSecretary).get("/api/webhooks").expect(200).json().size()).isZero();
        phone.screenshot("portal-17-secretary-settings-webhooks");
    }

    @Test
    @Order(4)
    void thePartnerSecretaryConfirmsItOnceAndThePeriodIsKept() {
        Workbench phone = phone(firmSecretary);
        timed(phone, "/my/activities/" + activityId, testId("confirm"));
        phone.doubleTap(testId("confirm"));
        phone.await().until(d -> d.findElement(testId("activity-confirmation")).getText().contains("已由对方确认"));
        phone.screenshot("portal-14-partner-confirmed");
        JsonNode activity = Api.as(firmSecretary).get("/api/activities/" + activityId).expect(200).json();
        assertThat(activity.path("confirmedBy").asText()).isEqualTo(firm);
        assertThat(Json.items(Api.as(firmSecretary).get("/api/activities/" + activityId + "/history").expect(200).json()).stream()
                .filter(e -> e.path("action").asText().equals("CONFIRMED"))).as("a double tap confirms once").hasSize(1);
        phone.find(testId("activity-history"));
        phone.await().until(d -> d.findElements(By.cssSelector("[data-testid=history-entry][data-action=CONFIRMED]")).size() == 1);

        Eventually.holds(() -> assertThat(Json.items(Api.as(firmSecretary).get("/api/cadence?pairingId=" + pairing).expect(200).json())
                .getFirst().path("status").asText()).isEqualTo("OK"));
        timed(phone, "/my/pairings/" + pairing, testId("cadence-standing"));
        assertThat(phone.find(testId("cadence-standing")).getDomAttribute("data-standing")).isEqualTo("OK");
        phone.screenshot("portal-15-partner-pairing-kept");
    }

    @Test
    @Order(5)
    void theLiaisonCopiesTheCalendarFeedAndTheFeedWithoutASessionListsTheActivity() throws Exception {
        Workbench phone = phone(liaison);
        timed(phone, "/my/calendar", testId("feed-url"));
        String address = phone.find(testId("feed-url")).getDomProperty("value");
        phone.click(testId("feed-copy"));
        phone.find(By.cssSelector(".ant-message-notice"));
        assertThat(address).startsWith(org.gongjian.e2e.support.PlatformStack.gatewayUrl() + "/api/organizations/" + firm + "/calendar.ics?token=");

        // the phone's calendar app: the address alone, no session, no token
        java.net.http.HttpResponse<String> feed = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).header("Accept", "text/calendar").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(feed.body()));
        List<String> summaries = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .map(event -> event.getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                        .map(net.fortuna.ical4j.model.Property::getValue).orElse(""))
                .toList();
        assertThat(summaries).as("the activity the pairing held, in the liaison's feed").contains(activityTitle);
    }

    @Test
    @Order(6)
    void theReportingSideCorrectsItsReportAndThePartnerSecretaryDisputesIt() {
        Api organApi = Api.as(organSecretary);
        ObjectNode plan = Json.object().put("pairingId", pairing).put("title", disputedTitle).put("type", "SYMPOSIUM")
                .put("location", "高新区党群服务中心");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(ZONE).minusHours(3).withMinute(0).withSecond(0).withNano(0);
        plan.put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString());
        plan.set("participantIds", Json.array(List.of(organ, firm)));
        org.gongjian.e2e.support.Reply scheduled = organApi.post("/api/activities", plan).expect(201);
        String disputed = scheduled.id();
        ObjectNode report = Json.object().put("summary", "两支部座谈交流。");
        com.fasterxml.jackson.databind.node.ArrayNode attendance = report.putArray("attendance");
        attendance.addObject().put("organizationId", organ).put("full", 5).put("probationary", 0).put("others", 0);
        attendance.addObject().put("organizationId", firm).put("full", 3).put("probationary", 0).put("others", 1);
        organApi.post("/api/activities/" + disputed + "/completion", report, scheduled.etag()).expect(200);

        Workbench organPhone = phone(organSecretary);
        timed(organPhone, "/my/activities/" + disputed, testId("correct"));
        organPhone.click(testId("correct"));
        organPhone.find(testId("correct-form"));
        organPhone.type("活动小结", "两支部座谈交流，围绕企业用工需求形成三条措施。");
        organPhone.type("更正说明", "补充座谈成果");
        organPhone.screenshot("portal-18-secretary-correct");
        organPhone.click(testId("correct-save"));
        organPhone.await().until(d -> !d.findElements(By.cssSelector("[data-testid=history-entry][data-action=CORRECTED]")).isEmpty());
        assertThat(organPhone.text("activity-summary")).contains("三条措施");

        Workbench partner = phone(firmSecretary);
        timed(partner, "/my/activities/" + disputed, testId("dispute"));
        partner.click(testId("dispute"));
        partner.find(testId("dispute-form"));
        partner.click(testId("dispute-send"));
        assertThat(partner.fieldError("异议理由")).as("a dispute needs its reason").isNotBlank();
        partner.type("异议理由", "我方当天未参加该座谈，参加人数与实际不符。");
        partner.click(testId("dispute-send"));
        partner.await().until(d -> "OPEN".equals(d.findElement(testId("activity-dispute")).getDomAttribute("data-outcome")));
        assertThat(partner.all(testId("confirm"))).as("a disputed activity is not confirmed too").isEmpty();
        partner.await().until(d -> !d.findElements(By.cssSelector("[data-testid=history-entry][data-action=DISPUTED]")).isEmpty());
        assertThat(partner.all(By.cssSelector("[data-testid=history-entry]")).stream().map(e -> e.getDomAttribute("data-action")))
                .containsExactly("SCHEDULED", "HELD", "CORRECTED", "DISPUTED");
        partner.screenshot("portal-19-partner-disputed");

        JsonNode activity = Api.as(firmSecretary).get("/api/activities/" + disputed).expect(200).json();
        assertThat(activity.path("dispute").path("raisedBy").asText()).isEqualTo(firm);
        assertThat(activity.path("dispute").path("reason").asText()).contains("未参加");
        assertThat(activity.path("kept").asBoolean()).isFalse();
        // the reporting side can no longer correct it: the committee decides now
        timed(organPhone, "/my/activities/" + disputed, testId("activity-dispute"));
        assertThat(organPhone.all(testId("correct"))).isEmpty();
    }

    @Test
    @Order(7)
    void anotherOrganizationsPagesAreNotFoundAndCommitteePagesAreNotOffered() {
        Workbench phone = phone(liaison);
        timed(phone, "/my/pairings/" + otherPairing, testId("not-found"));
        assertThat(phone.driver().findElement(By.tagName("body")).getText()).contains("未找到");
        phone.screenshot("portal-16-not-found");
        Api.as(liaison).get("/api/pairings/" + otherPairing).expect(403, 404);
        timed(phone, "/my/activities/" + UUID.randomUUID(), testId("not-found"));
        timed(phone, "/organizations", By.cssSelector(".ant-result"));
        assertThat(phone.driver().findElement(By.tagName("body")).getText()).contains("没有权限");

        Workbench secretary = phone(organSecretary);
        timed(secretary, "/my/pairings/" + otherPairing, testId("not-found"));
        assertThat(secretary.menuLabels()).containsExactlyElementsOf(SECRETARY_MENU).doesNotContain("党组织", "首页");
    }

    /** One signed-in phone per person, kept for the later steps. */
    private Workbench phone(String username) {
        return browsers.computeIfAbsent(username, Workbench::signInOnPhone);
    }

    /**
     * Opens a page and prints how long it took to show its content on the phone: by the browser's own clock (Navigation
     * Timing's start to the first frame in which the content is visible, {@code PageClock}; the last API answer from
     * Resource Timing) and as the test saw it. Printed, not asserted: the figures depend on the machine's load.
     */
    private static void timed(Workbench phone, String path, By ready) {
        long started = System.nanoTime();
        phone.open(path, ready);
        Object shown = ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("""
                const api = performance.getEntriesByType('resource').filter(r => r.name.includes('/api/'));
                return (window.__gjShown === undefined ? -1 : window.__gjShown) + ' ms (last API answer '
                  + (api.length ? Math.round(Math.max(...api.map(r => r.responseEnd))) : 0) + ' ms, test saw it at '
                  + Math.round(performance.now()) + ' ms)';""");
        System.out.printf("[portal-timing] %-45s content shown %s after navigation start; %5d ms as the test saw it (375x667)%n",
                path, shown, (System.nanoTime() - started) / 1_000_000);
    }

    private static String register(Api committee, String name, String sector, String contactEmail) {
        ObjectNode o = Json.object();
        o.put("district", DISTRICT).put("name", name).put("kind", "BRANCH").put("sector", sector);
        o.putObject("hostUnit").put("name", name.replace("党支部", "")).put("creditCode", CreditCodes.random());
        o.putObject("secretary").put("name", "张明").put("phone", "13807310011");
        o.putArray("contacts").addObject().put("name", "李华").put("phone", "15973210011").put("email", contactEmail).put("language", "zh-CN");
        o.putObject("members").put("full", 10).put("probationary", 1);
        return committee.post("/api/organizations", o).expect(201).id();
    }

    private static String propose(Api committee, String title, String lead, String partner) {
        ObjectNode p = Json.object().put("district", DISTRICT).put("title", title).put("type", "ONE_TO_ONE").put("leadId", lead);
        p.set("partnerIds", Json.array(List.of(partner)));
        ObjectNode agreement = p.putObject("agreement");
        agreement.putArray("goals").add("党建引领发展");
        agreement.putArray("commitments").add("每月至少开展一次联建活动");
        agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
        LocalDate start = LocalDate.now(ZONE).withDayOfMonth(1);
        p.putObject("term").put("start", start.toString()).put("end", start.plusYears(1).minusDays(1).toString());
        return Eventually.answers(() -> committee.post("/api/pairings", p), 201).id();
    }

    private Path photo(String label, Color colour) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillOval(220, 140, 200, 200);
        g.dispose();
        try {
            Path file = photos.resolve("activity-" + run + "-" + (label.equals("一") ? 1 : 2) + ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
