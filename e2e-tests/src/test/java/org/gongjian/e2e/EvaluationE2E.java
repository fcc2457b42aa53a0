package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Browser;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Workbench.button;
import static org.gongjian.e2e.support.Workbench.testId;

/**
 * Evaluations by both sides, in the browser against the whole platform: the committee opens an evaluation of a
 * pairing; each side's secretary is told (a notice in the inbox) and rates the other side on a phone; the committee
 * sees both ratings, finalizes the evaluation, and finds the pairing in the year's ranking.
 */
@Order(7)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationE2E {

    private static final String DISTRICT = "xiangtan-htz";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String run = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    private final String organSecretary = "eval.organ." + run;
    private final String firmSecretary = "eval.firm." + run;
    private final String title = "考评测试" + run + "机关与企业结对共建";
    private final Map<String, Workbench> browsers = new LinkedHashMap<>();
    private String organ;
    private String firm;
    private String pairing;

    @BeforeAll
    void anActivePairingWithASecretaryOnEachSide() {
        PlatformStack.assumeServices();
        Browser.assumeWanted();
        Api committee = Api.as(Users.COMMITTEE);
        organ = register(committee, "考评测试" + run + "机关党支部", "ORGAN");
        firm = register(committee, "考评测试" + run + "企业党支部", "NON_PUBLIC_ENTERPRISE");
        KeycloakAdmin keycloak = KeycloakAdmin.of(PlatformStack.stack());
        keycloak.ensureUser(organSecretary, Users.PASSWORD, "eval-organ-" + run + "@example.com", DISTRICT, organ, "branch-secretary");
        keycloak.ensureUser(firmSecretary, Users.PASSWORD, "eval-firm-" + run + "@example.com", DISTRICT, firm, "branch-secretary");
        pairing = propose(committee);
        committee.post("/api/pairings/" + pairing + "/approval", Json.object()).expect(200);
    }

    @AfterAll
    void closeBrowsers() {
        browsers.values().forEach(Workbench::close);
    }

    @Test
    @Order(1)
    void theCommitteeOpensAnEvaluationAndBothSecretariesAreAskedToRate() {
        Workbench committee = desk(Users.COMMITTEE);
        committee.open("/pairings/" + pairing, testId("evaluations"));
        committee.click(button("发起考评"));
        committee.find(By.cssSelector(".ant-modal-content"));
        committee.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        committee.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-content")));
        assertThat(committee.find(testId("evaluation")).getText()).contains("待审定");
        committee.screenshot("evaluation-01-committee-draft");

        for (String secretary : List.of(organSecretary, firmSecretary)) {
            Eventually.holds(() -> assertThat(Json.items(Api.as(secretary).get("/api/notifications").expect(200).json()))
                    .anyMatch(n -> "EVALUATION_REQUESTED".equals(n.path("type").asText())
                            && pairing.equals(n.path("subject").path("id").asText())));
        }
    }

    @Test
    @Order(2)
    void eachSecretaryRatesTheOtherSideOnAPhone() {
        ratesOnAPhone(organSecretary, 4, "企业党支部积极参与，共建成效明显。");
        ratesOnAPhone(firmSecretary, 5, "机关党支部帮扶到位，解决了招聘难题。");
        JsonNode draft = evaluations().get(0);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("leadRating").asInt()).isEqualTo(4);
        assertThat(draft.path("partnerRating").asInt()).isEqualTo(5);
    }

    @Test
    @Order(3)
    void theCommitteeFinalizesTheEvaluationAndSeesTheRanking() {
        Workbench committee = desk(Users.COMMITTEE);
        committee.open("/pairings/" + pairing, testId("evaluation"));
        assertThat(committee.find(testId("evaluations")).getText()).contains("4 分").contains("5 分");
        committee.click(button("审定"));
        committee.find(By.cssSelector(".ant-modal-content"));
        committee.type("审定意见", "双方共建扎实，评定为良好以上。");
        committee.click(By.cssSelector(".ant-modal-footer .ant-btn-primary"));
        committee.await().until(d -> d.findElement(testId("evaluation")).getText().contains("已审定"));
        committee.screenshot("evaluation-03-committee-final");
        assertThat(evaluations().get(0).path("status").asText()).isEqualTo("FINAL");

        int year = LocalDate.now(ZONE).getYear();
        committee.open("/rankings?year=" + year, testId("rankings"));
        assertThat(committee.find(testId("rankings")).getText()).contains(title);
        committee.screenshot("evaluation-04-rankings");
        JsonNode ranking = Api.as(Users.COMMITTEE).get("/api/pairings/rankings?year=" + year).expect(200).json();
        assertThat(ranking.path("items").findValuesAsText("pairingId")).contains(pairing);
    }

    private void ratesOnAPhone(String secretary, int stars, String remarks) {
        Workbench phone = browsers.computeIfAbsent(secretary, Workbench::signInOnPhone);
        assertThat(phone.menuLabels()).contains("结对评分");
        phone.open("/my/evaluations", testId("rate-card"));
        By card = By.xpath("//div[@data-testid='rate-card'][contains(.,'" + title + "')]");
        phone.find(card);
        phone.click(By.xpath("//div[@data-testid='rate-card'][contains(.,'" + title + "')]//li[contains(@class,'ant-rate-star')]["
                + stars + "]/div"));
        phone.type("评语", remarks);
        phone.screenshot("evaluation-02-rate-" + stars);
        phone.click(button("提交评分"));
        phone.await().until(d -> d.findElements(card).isEmpty());
    }

    private Workbench desk(String username) {
        return browsers.computeIfAbsent(username, Workbench::signIn);
    }

    private List<JsonNode> evaluations() {
        JsonNode list = Api.as(Users.COMMITTEE).get("/api/pairings/" + pairing + "/evaluations").expect(200).json();
        List<JsonNode> items = new java.util.ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    private String register(Api committee, String name, String sector) {
        ObjectNode o = Json.object();
        o.put("district", DISTRICT).put("name", name).put("kind", "BRANCH").put("sector", sector);
        o.putObject("hostUnit").put("name", name.replace("党支部", "")).put("creditCode", CreditCodes.random());
        o.putObject("secretary").put("name", "王强").put("phone", "13807310022");
        o.putArray("contacts").addObject().put("name", "赵敏").put("phone", "15973210022")
                .put("email", "eval-" + run + "-" + sector.toLowerCase(Locale.ROOT) + "@example.com").put("language", "zh-CN");
        o.putObject("members").put("full", 12).put("probationary", 2);
        return committee.post("/api/organizations", o).expect(201).id();
    }

    private String propose(Api committee) {
        ObjectNode p = Json.object().put("district", DISTRICT).put("title", title).put("type", "ONE_TO_ONE").put("leadId", organ);
        p.set("partnerIds", Json.array(List.of(firm)));
        ObjectNode agreement = p.putObject("agreement");
        agreement.putArray("goals").add("党建引领发展");
        agreement.putArray("commitments").add("每月至少开展一次联建活动");
        agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
        LocalDate start = LocalDate.now(ZONE).withDayOfMonth(1);
        p.putObject("term").put("start", start.toString()).put("end", start.plusYears(1).minusDays(1).toString());
        return Eventually.answers(() -> committee.post("/api/pairings", p), 201).id();
    }
}
