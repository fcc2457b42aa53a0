package org.gongjian.e2e;

import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Download;
import org.gongjian.e2e.support.LedgerTables;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.World;
import org.gongjian.stack.Seed004;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed-004 district's ledger (台账) read back through the gateway as an inspection would: the committee downloads
 * the workbook and the CSV zip and finds the 9 pairings, the activities with their attendance and confirmation, the
 * resolved demand and the receipts, Chinese intact; a branch secretary gets only its own organization's rows. Runs
 * after the district scenario, before anything else adds pairings to the district.
 */
@Order(4)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerE2E {

    private static final List<String> SHEETS = List.of("结对台账", "活动台账", "诉求台账", "签收情况");

    private LocalDate from;
    private LocalDate to;

    @BeforeAll
    void theDistrictScenarioHasRun() {
        PlatformStack.assumeServices();
        assertThat(World.scenarioCompleted).as("the district scenario ran first (see its failure)").isTrue();
        // the pairings' terms began two months ago; the ledger covers them up to the end of this month
        from = Scenario.today().withDayOfMonth(1).minusMonths(2);
        to = Scenario.today().withDayOfMonth(1).plusMonths(1).minusDays(1);
    }

    @Test
    void theCommitteesWorkbookHoldsTheNinePairingsTheActivitiesTheResolvedDemandAndTheReceipts() {
        Download file = Api.as(Users.COMMITTEE).download(ledger("xlsx")).expect(200);
        assertThat(file.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.header("Content-Disposition")).contains("filename*=UTF-8''%E5%8F%B0%E8%B4%A6_" + from + "_" + to + ".xlsx");
        Map<String, List<Map<String, String>>> sheets = LedgerTables.ofWorkbook(file.body());
        assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS);

        List<Map<String, String>> pairings = sheets.get("结对台账");
        assertThat(pairings.stream().map(r -> r.get("结对名称")).collect(Collectors.toSet()))
                .as("one or more cadence periods of each of the 9 pairings, and nothing else")
                .isEqualTo(Seed004.PAIRINGS.stream().map(Seed004.PairingSeed::title).collect(Collectors.toSet()));
        for (Map<String, String> row : pairings) {
            assertThat(row.get("状态")).as(row.get("结对名称")).isEqualTo("进行中");
            assertThat(row.get("牌匾编号")).as(row.get("结对名称")).isNotBlank();
            assertThat(row.get("约定频次")).isEqualTo("每月1次");
        }
        Map<String, String> symposiumPairing = pairings.stream()
                .filter(r -> r.get("结对名称").equals(World.pairingOf("bangongshi").title())).findFirst().orElseThrow();
        assertThat(symposiumPairing).containsEntry("牵头组织", name("bangongshi")).containsEntry("结对组织", name("minsheng"))
                .containsEntry("结对类型", "一对一");
        assertThat(pairings.stream().filter(r -> r.get("结对名称").equals(World.pairingOf("zonghe").title())).findFirst()
                .orElseThrow()).containsEntry("结对类型", "党建联盟")
                .containsEntry("结对组织", name("xunda") + "、" + name("dongfangjingu"));
        Map<String, String> thisMonth = pairings.stream()
                .filter(r -> r.get("结对名称").equals(World.pairingOf("bangongshi").title())
                        && r.get("周期").equals(Scenario.today().toString().substring(0, 7)))
                .findFirst().orElseThrow();
        assertThat(thisMonth).as("this month's period of the symposium's pairing")
                .containsEntry("应开展", "1").containsEntry("已开展", "1").containsEntry("已确认（计入）", "1")
                .containsEntry("待确认", "0");

        List<Map<String, String>> activities = sheets.get("活动台账");
        assertThat(activities).extracting(r -> r.get("活动名称"))
                .containsExactlyInAnyOrderElementsOf(Scenario.ACTIVITIES.stream().map(Scenario.JointActivity::title).toList());
        Map<String, String> symposium = activity(activities, "symposium");
        assertThat(symposium).containsEntry("活动类型", "座谈交流").containsEntry("地点", "民生药业党员活动室")
                .containsEntry("结对名称", World.pairingOf("bangongshi").title())
                .containsEntry("状态", "已开展").containsEntry("确认情况", "结对方已确认").containsEntry("计入频次", "是")
                .containsEntry("牵头方出席人数", "9").containsEntry("结对方出席人数", "23");
        assertThat(symposium.get("各组织出席情况")).contains(name("bangongshi") + "：正式党员8，预备党员1，其他0")
                .contains(name("minsheng") + "：正式党员15，预备党员2，其他6");
        assertThat(symposium.get("日期")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(activity(activities, "childrens-day").get("参加组织")).contains(name("chuangye")).contains(name("yongfei"))
                .doesNotContain(name("qianxun"));

        List<Map<String, String>> demands = sheets.get("诉求台账");
        assertThat(demands).hasSize(1);
        assertThat(demands.getFirst()).containsEntry("诉求", "医药冷链物流岗位招聘对接").containsEntry("提出组织", name("minsheng"))
                .containsEntry("结对名称", World.pairingOf("bangongshi").title()).containsEntry("状态", "已办结")
                .containsEntry("按期办结", "是");
        assertThat(demands.getFirst().get("办理结果")).contains("专场招聘会");
        assertThat(demands.getFirst().get("办理过程")).contains("已受理").contains("已办结");

        Set<String> enterprises = DistrictScenarioE2E.enterprises().stream().map(Seed004.Org::name).collect(Collectors.toSet());
        List<Map<String, String>> liaisons = sheets.get("签收情况").stream()
                .filter(r -> r.get("身份").equals("联络人") && enterprises.contains(r.get("接收组织"))).toList();
        assertThat(liaisons).as("one pairing notice per enterprise liaison").hasSize(12);
        assertThat(liaisons.stream().map(r -> r.get("接收组织")).collect(Collectors.toSet())).isEqualTo(enterprises);
        for (Map<String, String> receipt : liaisons) {
            boolean never = receipt.get("接收组织").equals(name(DistrictLifeE2E.NEVER_ACKNOWLEDGES));
            assertThat(receipt.get("签收状态")).as(receipt.get("接收组织")).isEqualTo(never ? "未签收" : "已签收");
        }
    }

    @Test
    void theCsvZipHasTheSameRowsAsTheWorkbookInUtf8WithAByteOrderMark() {
        Api committee = Api.as(Users.COMMITTEE);
        Download zip = committee.download(ledger("csv")).expect(200);
        assertThat(zip.header("Content-Type")).startsWith("application/zip");
        Map<String, List<Map<String, String>>> files = LedgerTables.ofCsvZip(zip.body());
        assertThat(files.keySet()).containsExactlyElementsOf(SHEETS.stream().map(s -> s + ".csv").toList());

        Map<String, List<Map<String, String>>> sheets = LedgerTables.ofWorkbook(committee.download(ledger("xlsx")).expect(200).body());
        for (String sheet : SHEETS) {
            assertThat(files.get(sheet + ".csv")).as(sheet).containsExactlyElementsOf(sheets.get(sheet));
        }
        assertThat(files.get("诉求台账.csv").getFirst()).containsEntry("诉求", "医药冷链物流岗位招聘对接");
    }

    @Test
    void aBranchSecretaryGetsOnlyItsOwnOrganizationsRows() {
        Api secretary = Api.as(Users.secretary("minsheng"));
        Map<String, List<Map<String, String>>> sheets = LedgerTables.ofWorkbook(secretary.download(ledger("xlsx")).expect(200).body());
        assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS);
        String own = World.pairingOf("minsheng").title();
        assertThat(sheets.get("结对台账")).isNotEmpty().allSatisfy(r -> assertThat(r.get("结对名称")).isEqualTo(own));
        assertThat(sheets.get("活动台账")).extracting(r -> r.get("活动名称")).containsExactly(title("symposium"));
        assertThat(sheets.get("诉求台账")).extracting(r -> r.get("诉求")).containsExactly("医药冷链物流岗位招聘对接");
        assertThat(sheets.get("签收情况")).isNotEmpty().allSatisfy(r -> assertThat(r.get("接收组织")).isEqualTo(name("minsheng")));

        Set<String> files = LedgerTables.ofCsvZip(secretary.download(ledger("csv")).expect(200).body()).keySet();
        assertThat(files).hasSize(4);

        // another organization's ledger does not exist for it; a liaison and a dashboard reader are refused
        secretary.download(ledger("xlsx") + "&organizationId=" + World.org("jiajiamei")).expect(404);
        Api.as(Users.liaison("minsheng")).download(ledger("xlsx")).expect(403);
        Api.as(Users.SCREEN).download(ledger("csv")).expect(403);
    }

    @Test
    void aRangeOverThreeYearsOrAnUnknownFormatIs400NamingTheParameter() {
        Api committee = Api.as(Users.COMMITTEE);
        assertThat(new String(committee.download("/api/ledger?from=2020-01-01&to=" + to + "&format=xlsx").expect(400).body(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"field\":\"to\"");
        assertThat(new String(committee.download(ledger("pdf")).expect(400).body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"field\":\"format\"");
    }

    private String ledger(String format) {
        return "/api/ledger?from=" + from + "&to=" + to + "&format=" + format;
    }

    private static Map<String, String> activity(List<Map<String, String>> rows, String name) {
        String title = title(name);
        return rows.stream().filter(r -> r.get("活动名称").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title));
    }

    private static String title(String activity) {
        return Scenario.ACTIVITIES.stream().filter(a -> a.name().equals(activity)).findFirst().orElseThrow().title();
    }

    private static String name(String orgKey) {
        return World.organization(orgKey).orElseThrow().name();
    }
}
