package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.CreditCodes;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Reply;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.Workbench;
import org.gongjian.e2e.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Workbench.button;
import static org.gongjian.e2e.support.Workbench.testId;

/**
 * The committee's workbench (the web app the gateway serves at {@code /}) in a real browser, Debian's chromium
 * headless, against the whole platform: each test is one committee flow end to end, signed in through Keycloak.
 * The flows build on each other (the organizations imported are the ones paired, the pairings launched are the
 * ones found on the overview). Timings of every page are printed ({@code [web-timing]}); with
 * {@code -Dgongjian.e2e.screenshots=docs/screenshots} every page is also saved as a screenshot.
 */
@Order(5)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitteeWebAppE2E {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private final String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    private final String organ = "网页测试" + run + "机关党支部";
    private final List<String> enterprises = List.of("网页测试" + run + "甲公司党支部", "网页测试" + run + "乙公司党支部",
            "网页测试" + run + "丙公司党支部");
    private final List<String> pairingTitles = new ArrayList<>();
    private Workbench committee;
    private Path sheets;

    @BeforeAll
    void servicesAndBrowser() throws IOException {
        PlatformStack.assumeServices();
        org.gongjian.e2e.support.Browser.assumeWanted();
        sheets = Files.createTempDirectory("gongjian-e2e-sheets-");
        committee = Workbench.signIn(Users.COMMITTEE);
    }

    @AfterAll
    void closeBrowser() {
        if (committee != null) {
            committee.close();
        }
    }

    @Test
    @Order(1)
    void theCommitteeSignsInThroughKeycloakAndReadsTheOverview() {
        // the same read as the page's, first, so that a service still warming up is not mistaken for the page's fault
        Eventually.holds(() -> assertThat(Api.as(Users.COMMITTEE).get("/api/dashboard/overview").expect(200).json()
                .path("unavailable").size()).as("every service answers the overview").isZero());
        JsonNode api = Api.as(Users.COMMITTEE).get("/api/dashboard/overview").expect(200).json();
        committee.open("/", testId("organizations-total"));
        committee.await().until(d -> !committee.text("organizations-total").equals("—"));
        assertThat(committee.all(testId("unavailable"))).as("the page got every section").isEmpty();
        assertThat(committee.text("district")).isEqualTo("湘潭高新区");
        assertThat(committee.text("organizations-total")).isEqualTo(api.path("organizations").path("total").asText());
        assertThat(committee.text("organizations-two-new")).isEqualTo(api.path("organizations").path("twoNew").asText());
        assertThat(committee.hiddenText("coverage-paired")).isEqualTo(api.path("coverage").path("twoNewPaired").asText());
        assertThat(committee.hiddenText("coverage-total")).isEqualTo(api.path("coverage").path("twoNewTotal").asText());
        assertThat(committee.text("activities-total")).isEqualTo(api.path("activities").path("total").asText());
        assertThat(committee.all(testId("problem"))).as("no part of the overview failed").isEmpty();
        assertThat(committee.all(By.cssSelector("[data-testid=chart-monthly] canvas"))).isNotEmpty();
        if (World.scenarioCompleted) {
            assertThat(committee.text("organizations-total")).isEqualTo("21");
            assertThat(committee.text("coverage-rate")).isEqualTo("100%");
        }
        committee.screenshot("01-overview");
    }

    @Test
    @Order(2)
    void registeringAnOrganizationShowsTheWrongFieldBesideItThenSaves() {
        committee.open("/organizations", By.cssSelector(".ant-table"));
        committee.screenshot("02-organizations");
        committee.click(button("登记党组织"));
        committee.find(By.cssSelector(".ant-modal-content"));
        String name = "网页测试" + run + "社区党支部";
        committee.type("名称", name);
        committee.choose("领域", "社区");
        committee.type("单位名称", "网页测试社区居委会");
        committee.type("书记姓名", "王芳");
        committee.type("书记电话", "12345");
        committee.click(button("保存"));
        assertThat(committee.fieldError("书记电话")).as("the API's message beside the phone field").isNotBlank();
        committee.screenshot("03-organization-form-error");

        committee.type("书记电话", "13807310001");
        committee.click(button("保存"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        WebElement detail = committee.find(testId("org-detail"));
        assertThat(detail.getText()).contains("13807310001", "网页测试社区居委会");
        committee.screenshot("04-organization-detail");
        JsonNode found = Api.as(Users.COMMITTEE).get("/api/organizations?q=" + enc(name)).expect(200).json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("secretary").path("phone").asText()).isEqualTo("13807310001");
    }

    @Test
    @Order(3)
    void importingASheetWithABadRowShowsTheReportThenAGoodSheetImports() {
        String header = "名称,类型,领域,上级组织ID,所在单位,统一社会信用代码,书记,书记电话,联系人,联系电话,联系邮箱,联系人语言,正式党员数,预备党员数,成立日期,荣誉\n";
        StringBuilder good = new StringBuilder(header)
                .append(organ).append(",党支部,机关,,网页测试管委会办公室,,李明,13807310002,,,,,8,1,2019-07-01,\n");
        for (String e : enterprises) {
            good.append(e).append(",党支部,非公企业,,").append(e.replace("党支部", "")).append(',').append(CreditCodes.random())
                    .append(",赵强,13807310003,,,,,5,0,2021-03-01,\n");
        }
        String bad = header + organ + "2,党支部,机关,,网页测试管委会,,李明,13807310002,,,,,8,1,2019-07-01,\n"
                + "网页测试" + run + "错误党支部,党小组,非公企业,,某公司,123,,,,,,,-1,0,2030-01-01,\n";

        committee.open("/organizations/import", testId("import-choose"));
        upload(write("bad.csv", bad));
        committee.click(testId("import-check"));
        committee.find(testId("import-report"));
        assertThat(committee.text("import-bad")).contains("未导入");
        String report = committee.find(testId("import-report")).getText();
        assertThat(report).contains("3");
        committee.screenshot("05-import-report");

        upload(write("good.csv", good.toString()));
        committee.click(testId("import-check"));
        assertThat(committee.find(testId("import-ok")).getText()).contains("4");
        committee.click(testId("import-run"));
        assertThat(committee.find(testId("import-done")).getText()).contains("4");
        committee.screenshot("06-import-done");
    }

    @Test
    @Order(4)
    void threePairingsProposedInTheBrowserAreLaunchedTogether() {
        // the pairing service learns of the imported organizations through Kafka
        Eventually.holds(() -> {
            JsonNode coverage = Api.as(Users.COMMITTEE).get("/api/pairings/coverage").expect(200).json();
            assertThat(coverage.path("unpaired").findValuesAsText("name")).containsAll(enterprises);
            assertThat(coverage.path("organs").findValuesAsText("name")).contains(organ);
        });
        committee.open("/pairings", By.cssSelector(".ant-table"));
        for (String enterprise : enterprises) {
            String title = organ.replace("党支部", "") + "与" + enterprise.replace("党支部", "") + "结对共建";
            committee.click(button("发起结对"));
            committee.find(By.cssSelector(".ant-modal-content"));
            committee.type("结对名称", title);
            committee.choose("牵头方", organ);
            committee.choose("结对方", enterprise);
            if (pairingTitles.isEmpty()) {
                committee.screenshot("08-propose");
            }
            committee.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
            committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
            pairingTitles.add(title);
        }
        committee.open("/pairings?status=PROPOSED&q=" + enc("网页测试" + run), By.cssSelector(".ant-table-row"));
        committee.await().until(d -> d.findElements(By.cssSelector(".ant-table-row")).size() == 3);
        for (String title : pairingTitles) {
            committee.click(By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]//span[contains(@class,'ant-checkbox')]"));
        }
        committee.screenshot("07-pairings");
        committee.click(testId("launch"));
        committee.type("启动仪式名称", "网页测试" + run + "集中结对启动仪式");
        committee.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));

        JsonNode active = Api.as(Users.COMMITTEE).get("/api/pairings?status=ACTIVE&size=200&q=" + enc("网页测试" + run)).expect(200).json();
        assertThat(active.path("items").findValuesAsText("title")).containsExactlyInAnyOrderElementsOf(pairingTitles);
        assertThat(active.path("items").findValuesAsText("plaqueNo")).allMatch(p -> p.startsWith("XIANGTAN-HTZ-"));
    }

    @Test
    @Order(5)
    void theLaunchedPairingsShowOnTheOverview() {
        Eventually.holds(() -> {
            JsonNode coverage = Api.as(Users.COMMITTEE).get("/api/pairings/coverage").expect(200).json();
            assertThat(coverage.path("unpaired").findValuesAsText("name")).doesNotContainAnyElementsOf(enterprises);
        });
        committee.open("/", testId("organizations-total"));
        committee.await().until(d -> !committee.text("organizations-total").equals("—"));
        JsonNode api = Api.as(Users.COMMITTEE).get("/api/dashboard/overview").expect(200).json();
        assertThat(committee.hiddenText("coverage-paired")).isEqualTo(api.path("coverage").path("twoNewPaired").asText());
        assertThat(committee.find(testId("unpaired-organizations")).getText()).doesNotContain(enterprises.get(0));
        assertThat(committee.all(By.cssSelector("[data-testid=pairings-by-status] canvas"))).isNotEmpty();
    }

    @Test
    @Order(6)
    void aPairingsPageShowsItsCadencePeriodsAndItsReceipts() {
        String id = World.scenarioCompleted ? World.PAIRINGS_BY_LEAD.values().iterator().next()
                : Api.as(Users.COMMITTEE).get("/api/pairings?status=ACTIVE&q=" + enc("网页测试" + run)).expect(200).json()
                        .path("items").get(0).path("id").asText();
        committee.open("/pairings/" + id, testId("cadence-row"));
        committee.await().until(d -> !d.findElements(testId("cadence-period")).isEmpty());
        List<String> standings = committee.all(testId("cadence-period")).stream().map(e -> e.getDomAttribute("data-standing")).toList();
        assertThat(standings).isNotEmpty().allMatch(s -> List.of("OK", "IN_PROGRESS", "AT_RISK", "MISSED", "UPCOMING").contains(s));
        assertThat(committee.text("pairing-status")).isIn("进行中", "已暂停", "已结束");
        if (World.scenarioCompleted) {
            WebElement receipts = committee.find(testId("receipts"));
            assertThat(receipts.getText()).containsAnyOf("已签收", "未签收");
        }
        committee.screenshot("09-pairing");
    }

    @Test
    @Order(7)
    void everyOtherPageOfTheCommitteeOpens() {
        committee.open("/activities", By.cssSelector(".ant-table"));
        committee.screenshot("10-activities");
        committee.open("/activities?view=calendar", By.cssSelector(".ant-picker-calendar"));
        committee.screenshot("11-activities-calendar");
        if (World.scenarioCompleted) {
            String id = World.ACTIVITIES.values().iterator().next();
            committee.open("/activities/" + id, By.cssSelector(".ant-descriptions"));
            committee.screenshot("12-activity");
        }
        committee.open("/demands", By.cssSelector(".ant-table"));
        committee.screenshot("13-demands");
        committee.open("/receipts", By.cssSelector("[data-testid=receipts-list] .ant-table"));
        committee.screenshot("14-receipts");
    }

    @Test
    @Order(8)
    void aCityAdministratorSwitchesBetweenDistricts() {
        try (Workbench city = Workbench.signIn(Users.CITY)) {
            city.open("/", testId("district-picker"));
            city.pick(city.find(testId("district-picker")), "湘潭高新区");
            city.await().until(d -> !city.text("organizations-total").equals("—"));
            JsonNode htz = Api.as(Users.CITY).get("/api/dashboard/overview?district=xiangtan-htz").expect(200).json();
            city.await().until(d -> city.text("organizations-total").equals(htz.path("organizations").path("total").asText()));
            city.screenshot("15-city-district");

            city.pick(city.find(testId("district-picker")), "雨湖区");
            JsonNode yuhu = Api.as(Users.CITY).get("/api/dashboard/overview?district=yuhu").expect(200).json();
            city.await().until(d -> city.text("organizations-total").equals(yuhu.path("organizations").path("total").asText()));
            assertThat(city.text("district")).isEqualTo("雨湖区");
        }
    }

    @Test
    @Order(9)
    void aDashboardReaderSeesTheOverviewOnlyAndNoPersonalData() {
        try (Workbench reader = Workbench.signIn(Users.SCREEN)) {
            reader.open("/", testId("organizations-total"));
            reader.await().until(d -> !reader.text("organizations-total").equals("—"));
            List<String> menu = reader.all(By.cssSelector(".ant-menu-item")).stream().map(e -> e.getText().strip()).toList();
            assertThat(menu).containsExactly("首页");
            String page = reader.driver().findElement(By.tagName("body")).getText();
            assertThat(PHONE.matcher(page).find()).as("no phone number on the reader's overview").isFalse();
            assertThat(EMAIL.matcher(page).find()).as("no e-mail address on the reader's overview").isFalse();
            reader.screenshot("16-reader-overview");
            reader.open("/organizations", By.cssSelector(".ant-result"));
            assertThat(reader.driver().findElement(By.tagName("body")).getText()).contains("没有权限");
        }
    }

    @Test
    @Order(10)
    void theOrganizationsHierarchyShowsAsATree() {
        JsonNode tree = Api.as(Users.COMMITTEE).get("/api/organizations/hierarchy").expect(200).json();
        committee.open("/organizations?view=tree", testId("hierarchy"));
        committee.await().until(d -> !d.findElements(testId("tree-node")).isEmpty());
        List<String> roots = new ArrayList<>();
        tree.path("roots").forEach(r -> roots.add(r.path("name").asText()));
        String shown = committee.find(testId("hierarchy")).getText();
        assertThat(shown).contains(roots.get(0), organ);
        assertThat(committee.driver().findElement(By.tagName("main")).getText())
                .contains("共 " + tree.path("total").asText() + " 个党组织");
        committee.screenshot("17-organizations-tree");

        // choosing an organization in the tree opens its details
        committee.click(By.xpath("//*[@data-testid='hierarchy']//span[@data-testid='tree-node'][contains(normalize-space(.),'" + organ + "')]"));
        // read once the details show whole: a read as the drawer opened once saw the labels without their values
        committee.await().until(d -> {
            try {
                return d.findElement(testId("org-detail")).getText().contains("机关");
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        committee.click(By.cssSelector(".ant-drawer-close"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("org-detail")));
    }

    @Test
    @Order(11)
    void theDistrictsPendingReceiptsListWhoHasNotAcknowledgedWhatOverdueFirst() {
        JsonNode pending = Api.as(Users.COMMITTEE).get("/api/receipts?status=PENDING&size=20").expect(200).json();
        committee.open("/receipts", By.cssSelector("[data-testid=receipts-list] .ant-table"));
        String table = committee.find(testId("receipts-list")).getText();
        assertThat(table).contains("共 " + pending.path("total").asText() + " 条");
        if (pending.path("total").asInt() > 0) {
            JsonNode first = pending.path("items").get(0);
            WebElement row = committee.all(By.cssSelector("[data-testid=receipts-list] .ant-table-row")).get(0);
            assertThat(row.getText()).contains(first.path("recipientName").asText(), "未签收");
        }
        committee.open("/receipts?show=all", By.cssSelector("[data-testid=receipts-list] .ant-table"));
        JsonNode all = Api.as(Users.COMMITTEE).get("/api/receipts?size=1").expect(200).json();
        assertThat(committee.find(testId("receipts-list")).getText()).contains("共 " + all.path("total").asText() + " 条");
        if (World.scenarioCompleted) {
            // the scenario's one liaison who never acknowledged is pending; eleven did
            assertThat(pending.path("total").asInt()).isPositive();
        }
    }

    @Test
    @Order(12)
    void aRecordChangedMeanwhileIsRefusedWithAnOfferToReloadAndSavesAfterIt() {
        String name = "网页测试" + run + "社区党支部";
        JsonNode found = Api.as(Users.COMMITTEE).get("/api/organizations?q=" + enc(name)).expect(200).json();
        String id = found.path("items").get(0).path("id").asText();
        committee.open("/organizations?id=" + id, testId("org-detail"));

        // someone else changes it through the API after the page read it (and its ETag)
        Reply read = Api.as(Users.COMMITTEE).get("/api/organizations/" + id).expect(200);
        ObjectNode body = requestOf(read.json());
        body.putArray("honours").add("区级先进基层党组织");
        Api.as(Users.COMMITTEE).put("/api/organizations/" + id, body, read.etag()).expect(200);

        committee.click(button("编辑"));
        committee.find(By.cssSelector(".ant-modal-content"));
        committee.click(button("保存"));
        WebElement problem = committee.find(By.cssSelector(".ant-modal-content [data-testid=problem]"));
        assertThat(problem.getText()).contains("数据已被他人修改");
        committee.screenshot("18-stale-version");
        committee.click(button("重新加载"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        committee.await().until(d -> committee.find(testId("org-detail")).getText().contains("区级先进基层党组织"));

        committee.click(button("编辑"));
        committee.find(By.cssSelector(".ant-modal-content"));
        committee.type("书记姓名", "王芳芳");
        committee.click(button("保存"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        JsonNode saved = Api.as(Users.COMMITTEE).get("/api/organizations/" + id).expect(200).json();
        assertThat(saved.path("secretary").path("name").asText()).isEqualTo("王芳芳");
        assertThat(saved.path("honours").get(0).asText()).as("the other's change was kept, not overwritten")
                .isEqualTo("区级先进基层党组织");
        assertThat(saved.path("version").asLong()).isEqualTo(read.json().path("version").asLong() + 2);
    }

    @Test
    @Order(13)
    void englishOnTheSwitchIsRememberedAcrossReloads() {
        committee.open("/", testId("organizations-total"));
        chooseLanguage("语言", "English");
        committee.await().until(d -> committee.menuLabels().contains("Organizations"));
        committee.driver().navigate().refresh();
        committee.find(By.cssSelector(".ant-layout-sider"));
        committee.await().until(d -> committee.menuLabels().contains("Organizations"));
        assertThat(committee.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        committee.open("/organizations", By.cssSelector(".ant-table"));
        assertThat(committee.driver().findElement(By.tagName("main")).getText()).contains("Organizations", "Sector");
        committee.screenshot("19-english");

        chooseLanguage("Language", "中文");
        committee.await().until(d -> committee.menuLabels().contains("党组织"));
        committee.driver().navigate().refresh();
        committee.find(By.cssSelector(".ant-layout-sider"));
        committee.await().until(d -> committee.menuLabels().contains("党组织"));
    }

    @Test
    @Order(14)
    void aKeyboardAloneFindsAnOrganizationOpensItAndMovesOn() {
        String name = "网页测试" + run + "社区党支部";
        committee.open("/organizations", By.cssSelector(".ant-table"));
        List<Map<String, String>> passed = new ArrayList<>(committee.tabUntil(f -> f.get("name").contains("跳到主要内容"), 3));
        committee.press(org.openqa.selenium.Keys.ENTER);
        passed.addAll(committee.tabUntil(f -> f.get("tag").equals("input") && f.get("name").equals("按名称搜索"), 20));
        committee.driver().switchTo().activeElement().sendKeys(name, org.openqa.selenium.Keys.ENTER);
        committee.await().until(d -> d.getCurrentUrl().contains("q=") && d.findElements(By.cssSelector(".ant-table-row")).size() == 1);
        committee.waitForQuiet();
        passed.addAll(committee.tabUntil(f -> "org-name".equals(f.get("testId")), 40));
        committee.press(org.openqa.selenium.Keys.ENTER);
        assertThat(committee.find(testId("org-detail")).getText()).contains("网页测试社区居委会");
        committee.press(org.openqa.selenium.Keys.ESCAPE);
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(testId("org-detail")));
        System.out.println("[keyboard] focus order on 党组织: " + passed.stream().map(f -> f.get("tag") + " '" + f.get("name") + "'").toList());
        assertThat(passed).as("every stop of the focus has a name a screen reader announces")
                .allSatisfy(f -> assertThat(f.get("name")).as(f.toString()).isNotBlank());

        // on to the pairings through the menu, still by keyboard
        committee.open("/organizations", By.cssSelector(".ant-table"));
        committee.tabUntil(f -> f.get("tag").equals("a") && f.get("name").equals("结对"), 20);
        committee.press(org.openqa.selenium.Keys.ENTER);
        committee.await().until(d -> d.getCurrentUrl().endsWith("/pairings"));
        committee.find(By.cssSelector(".ant-table"));
    }

    @Test
    @Order(15)
    void theCommitteePagesFitAPhonesWidth() {
        try (Workbench phone = Workbench.signInOnPhone(Users.COMMITTEE)) {
            Map<String, By> pages = new java.util.LinkedHashMap<>();
            pages.put("/", testId("organizations-total"));
            pages.put("/organizations", By.cssSelector(".ant-table"));
            pages.put("/organizations?view=tree", testId("hierarchy"));
            pages.put("/pairings", By.cssSelector(".ant-table"));
            pages.put("/activities", By.cssSelector(".ant-table"));
            pages.put("/demands", By.cssSelector(".ant-table"));
            pages.put("/receipts", By.cssSelector("[data-testid=receipts-list] .ant-table"));
            List<String> overflowing = new ArrayList<>();
            for (Map.Entry<String, By> page : pages.entrySet()) {
                phone.open(page.getKey(), page.getValue());
                Map<String, Object> o = phone.horizontalOverflow();
                System.out.printf("[phone-width] %-28s window %s px, overflow %s px %s%n", page.getKey(), o.get("width"),
                        o.get("overflow"), o.get("offenders"));
                if (((Number) o.get("overflow")).intValue() > 0) {
                    overflowing.add(page.getKey() + " by " + o.get("overflow") + " px: " + o.get("offenders"));
                }
            }
            phone.open("/", testId("organizations-total"));
            phone.screenshot("20-phone-overview");
            assertThat(overflowing).as("pages wider than a 375 px phone").isEmpty();
        }
    }

    @Test
    @Order(16)
    void theCommitteeCorrectsAHeldActivityWithAReasonAndReadsItsHistory() {
        org.junit.jupiter.api.Assumptions.assumeTrue(World.scenarioCompleted, "needs the district scenario's held activities");
        String id = World.ACTIVITIES.values().iterator().next();
        int entries = Api.as(Users.COMMITTEE).get("/api/activities/" + id + "/history").expect(200).json().path("total").asInt();
        committee.open("/activities/" + id, testId("history"));
        committee.click(testId("correct"));
        committee.find(By.cssSelector(".ant-modal-content"));
        String summary = "网页测试" + run + "：座谈交流，党工委核对签到表后更正";
        committee.type("活动总结", summary);
        committee.click(button("保存"));
        assertThat(committee.fieldError("更正原因")).as("a reason is asked for beside its field").isNotBlank();

        // changed through the API between the page's read and its save
        Reply read = Api.as(Users.COMMITTEE).get("/api/activities/" + id).expect(200);
        ObjectNode correction = Json.MAPPER.createObjectNode();
        correction.set("attendance", read.json().path("attendance"));
        correction.put("summary", read.json().path("summary").asText() + "（核对）");
        correction.put("reason", "核对签到表");
        Api.as(Users.COMMITTEE).post("/api/activities/" + id + "/corrections", correction, read.etag()).expect(200);

        committee.type("更正原因", "签到表核对后更正活动总结");
        committee.click(button("保存"));
        assertThat(committee.find(By.cssSelector(".ant-modal-content [data-testid=problem]")).getText()).contains("数据已被他人修改");
        committee.click(button("重新加载"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        committee.await().until(d -> committee.text("activity-summary").endsWith("（核对）"));

        committee.click(testId("correct"));
        committee.find(By.cssSelector(".ant-modal-content"));
        committee.type("活动总结", summary);
        committee.type("更正原因", "签到表核对后更正活动总结");
        committee.click(button("保存"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        committee.await().until(d -> committee.text("activity-summary").equals(summary));
        committee.await().until(d -> committee.find(testId("history")).getText().contains("签到表核对后更正活动总结"));
        String history = committee.find(testId("history")).getText();
        assertThat(history).contains("核对签到表", "更正", "admin.zhang", summary);
        assertThat(Api.as(Users.COMMITTEE).get("/api/activities/" + id + "/history").expect(200).json().path("total").asInt())
                .isEqualTo(entries + 2);
        committee.screenshot("21-activity-history");
    }

    private void chooseLanguage(String selectLabel, String language) {
        committee.click(By.xpath("//input[@aria-label='" + selectLabel + "']/ancestor::div[contains(@class,'ant-select')][1]"));
        committee.click(By.xpath("//div[contains(@class,'ant-select-dropdown') and not(contains(@class,'ant-select-dropdown-hidden'))]"
                + "//div[contains(@class,'ant-select-item-option') and normalize-space(.)='" + language + "']"));
    }

    /** An organization as its update takes it: the fields a register entry has, without id, status or version. */
    private static ObjectNode requestOf(JsonNode organization) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        for (String field : List.of("name", "kind", "sector", "parentId", "hostUnit", "secretary", "contacts", "members",
                "foundedOn", "honours")) {
            if (organization.has(field)) {
                body.set(field, organization.get(field));
            }
        }
        return body;
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(sheets.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upload(Path file) {
        committee.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        committee.await().until(d -> d.findElements(By.cssSelector(".ant-upload-list-item")).size() == 1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
