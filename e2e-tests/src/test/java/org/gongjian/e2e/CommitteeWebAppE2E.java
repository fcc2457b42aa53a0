package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.CreditCodes;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.PlatformStack;
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
        String pairing = Api.as(Users.COMMITTEE).get("/api/pairings?status=ACTIVE&size=1").expect(200).json()
                .path("items").get(0).path("id").asText();
        committee.open("/receipts?pairingId=" + pairing, By.cssSelector(".ant-table"));
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
