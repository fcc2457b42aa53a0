package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Browser;
import org.gongjian.e2e.support.CreditCodes;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.Mailbox;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Reply;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.Workbench;
import org.gongjian.stack.KeycloakAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Workbench.testId;

/**
 * An enterprise liaison gets an account from the register (DOMAIN.md): the committee invites the contact, Keycloak
 * e-mails its own invitation (read from GreenMail), the liaison follows the link in Chromium, sets a password, signs
 * in and finds the pairing notice in the inbox. Inviting twice makes one user; removing the contact from the register
 * disables the account. (Keycloak unreachable → 503 with nothing made is registry-service's AccountInvitationTest.)
 */
@Order(7)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsE2E {

    private static final String DISTRICT = "xiangtan-htz";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Keycloak's link to its required actions, in its e-mail's plain-text part. */
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private final String run = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    private final String email = "account-" + run + "@example.com";
    private final String movedEmail = "account-moved-" + run + "@example.com";
    private final String organEmail = "account-organ-" + run + "@example.com";
    private Api committee;
    private String organ;
    private String firm;
    private String contactId;
    private String pairingTitle;

    @BeforeAll
    void anEnterpriseWhoseLiaisonHasNoAccountYet() {
        PlatformStack.assumeServices();
        committee = Api.as(Users.COMMITTEE);
        organ = register("开户测试" + run + "机关党支部", "ORGAN", organEmail);
        firm = register("开户测试" + run + "科技公司党支部", "NON_PUBLIC_ENTERPRISE", email);
        JsonNode contact = committee.get("/api/organizations/" + firm).expect(200).json().path("contacts").path(0);
        contactId = contact.path("id").asText();
        assertThat(contactId).isNotBlank();
        assertThat(contact.path("account").asText()).isEqualTo("NONE");
    }

    @Test
    @Order(1)
    void theCommitteeInvitesTheLiaisonAndInvitingTwiceMakesOneUser() {
        JsonNode account = invite().expect(201).json();
        assertThat(account.path("state").asText()).isEqualTo("INVITED");
        assertThat(account.path("role").asText()).isEqualTo("enterprise-contact");
        assertThat(account.path("username").asText()).isEqualTo(email);
        assertThat(committee.get("/api/organizations/" + firm).expect(200).json().path("contacts").path(0).path("account").asText())
                .isEqualTo("INVITED");

        List<JsonNode> users = KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(email);
        assertThat(users).hasSize(1);
        JsonNode user = users.getFirst();
        assertThat(user.path("attributes").path("district").path(0).asText()).isEqualTo(DISTRICT);
        assertThat(user.path("attributes").path("org").path(0).asText()).isEqualTo(firm);
        assertThat(user.path("attributes").path("person").path(0).asText()).isEqualTo(firm + ":" + contactId);
        // the actions (set a password, confirm the address) travel in the e-mail's action token, not on the user
        assertThat(user.path("emailVerified").asBoolean(true)).as("the address is not confirmed before the link is followed").isFalse();
        assertThat(user.has("credentials") && !user.path("credentials").isEmpty()).as("no password: Gongjian never sets one").isFalse();
        Eventually.holds(() -> assertThat(Mailbox.of(email)).hasSize(1));

        // again: the same user, and Keycloak's e-mail once more
        JsonNode again = invite().expect(200).json();
        assertThat(again.path("state").asText()).isEqualTo("INVITED");
        assertThat(KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(email)).hasSize(1)
                .allSatisfy(u -> assertThat(u.path("id").asText()).isEqualTo(user.path("id").asText()));
        Eventually.holds(() -> assertThat(Mailbox.of(email)).hasSize(2));
    }

    @Test
    @Order(2)
    void theLiaisonFollowsKeycloaksLinkSetsAPasswordSignsInAndFindsThePairingNotice() {
        Browser.assumeWanted();
        Mailbox.Mail invitation = Mailbox.of(email).getLast();
        Matcher link = ACTION_LINK.matcher(invitation.text());
        assertThat(link.find()).as("Keycloak's invitation holds its link: " + invitation.text()).isTrue();
        try (Browser browser = Browser.start()) {
            completeRequiredActions(browser.driver(), link.group().replace("&amp;", "&"));
        }
        Eventually.holds(() -> assertThat(committee.get("/api/organizations/" + firm).expect(200).json()
                .path("contacts").path(0).path("account").asText()).isEqualTo("ACTIVE"));

        // the pairing starts after the account was made: its notice reaches the person
        pairingTitle = "开户测试" + run + "机关与科技公司结对共建";
        String pairing = propose(pairingTitle, organ, firm);
        ObjectNode launch = Json.object().put("title", "开户测试" + run + "结对启动仪式").put("heldOn", LocalDate.now(ZONE).toString());
        launch.set("pairingIds", Json.array(List.of(pairing)));
        committee.post("/api/launches", launch).expect(201);

        Users.forgetTokens();
        Eventually.holds(() -> assertThat(Json.items(Api.as(email).get("/api/notifications").expect(200).json()))
                .anyMatch(n -> pairing.equals(n.path("subject").path("id").asText())));
        try (Workbench app = Workbench.signIn(email)) {
            app.open("/inbox", testId("notice"));
            assertThat(app.all(By.cssSelector("[data-testid=notice][data-notice-type=PAIRING_ACTIVATED]")))
                    .as("the pairing notice in the inbox").hasSize(1);
            app.screenshot("accounts-01-invited-liaison-inbox");
        }
    }

    @Test
    @Order(3)
    void aChangedAddressAndNameInTheRegisterReachTheAccountAndAnotherAccountsAddressIsRefused() {
        String userId = KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(email).getFirst().path("id").asText();
        Reply read = committee.get("/api/organizations/" + firm).expect(200);
        ObjectNode body = editable(read);
        ((ObjectNode) body.path("contacts").path(0)).put("name", "刘芳华").put("email", movedEmail);
        committee.put("/api/organizations/" + firm, body, read.etag()).expect(200);
        assertThat(KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(movedEmail)).singleElement().satisfies(u -> {
            assertThat(u.path("id").asText()).as("the same account").isEqualTo(userId);
            assertThat(u.path("lastName").asText()).isEqualTo("刘");
            assertThat(u.path("firstName").asText()).isEqualTo("芳华");
            assertThat(u.path("username").asText()).as("the sign-in name stays").isEqualTo(email);
        });
        assertThat(KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(email)).isEmpty();

        // the organ's contact gets an account; its address cannot become the liaison's as well (one account per address)
        String organContact = committee.get("/api/organizations/" + organ).expect(200).json().path("contacts").path(0)
                .path("id").asText();
        committee.post("/api/organizations/" + organ + "/accounts", Json.object().put("person", organContact)).expect(201);
        Reply again = committee.get("/api/organizations/" + firm).expect(200);
        ObjectNode shared = editable(again);
        ((ObjectNode) shared.path("contacts").path(0)).put("email", organEmail);
        JsonNode problem = committee.put("/api/organizations/" + firm, shared, again.etag()).expect(409).json();
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("contacts[0].email");
        assertThat(problem.path("errors").path(0).path("message").asText()).contains("另一人账号");
        assertThat(committee.get("/api/organizations/" + firm).expect(200).json().path("contacts").path(0).path("email")
                .asText()).as("nothing saved").isEqualTo(movedEmail);
        assertThat(KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(movedEmail)).singleElement()
                .satisfies(u -> assertThat(u.path("id").asText()).isEqualTo(userId));
    }

    @Test
    @Order(4)
    void removingTheContactFromTheRegisterDisablesTheAccount() {
        Reply read = committee.get("/api/organizations/" + firm).expect(200);
        ObjectNode body = editable(read);
        body.putArray("contacts");
        committee.put("/api/organizations/" + firm, body, read.etag()).expect(200);
        Eventually.holds(() -> assertThat(KeycloakAdmin.of(PlatformStack.stack()).usersByEmail(movedEmail))
                .singleElement().satisfies(u -> assertThat(u.path("enabled").asBoolean()).isFalse()));
        Users.forgetTokens();
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> Users.token(email),
                "a disabled account gets no token");
    }

    /** An organization as read, without what a client does not send back. */
    private static ObjectNode editable(Reply read) {
        ObjectNode body = (ObjectNode) read.json().deepCopy();
        for (String readOnly : List.of("id", "district", "status", "version", "dissolution", "warnings")) {
            body.remove(readOnly);
        }
        return body;
    }

    private Reply invite() {
        return committee.post("/api/organizations/" + firm + "/accounts", Json.object().put("person", contactId));
    }

    /** Keycloak's pages: a page naming the actions (proceed), then the new password, then done. */
    private void completeRequiredActions(WebDriver driver, String link) {
        driver.get(link);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        for (int step = 0; step < 6; step++) {
            wait.until(d -> !d.findElements(By.id("password-new")).isEmpty() || proceedLink(d) != null || done(d));
            if (!driver.findElements(By.id("password-new")).isEmpty()) {
                driver.findElement(By.id("password-new")).sendKeys(Users.PASSWORD);
                driver.findElement(By.id("password-confirm")).sendKeys(Users.PASSWORD);
                driver.findElement(By.id("password-new")).submit();
                wait.until(d -> d.findElements(By.id("password-new")).isEmpty());
            } else if (done(driver)) {
                return;
            } else {
                proceedLink(driver).click();
            }
        }
        throw new AssertionError("Keycloak's actions did not finish: " + driver.getCurrentUrl() + "\n" + driver.getPageSource());
    }

    private static WebElement proceedLink(WebDriver driver) {
        return driver.findElements(By.cssSelector("a[href*='login-actions']")).stream().findFirst().orElse(null);
    }

    /** Back on the web app (or a login page on the way there), or Keycloak's page saying the account is updated. */
    private static boolean done(WebDriver driver) {
        if (driver.getCurrentUrl().startsWith(PlatformStack.gatewayUrl()) || !driver.findElements(By.id("username")).isEmpty()) {
            return true;
        }
        return driver.findElements(By.id("password-new")).isEmpty()
                && driver.findElements(By.cssSelector("a[href*='login-actions']")).isEmpty()
                && driver.getPageSource().matches("(?s).*(更新|updated|验证|verified|返回|Back to).*");
    }

    private String register(String name, String sector, String contactEmail) {
        ObjectNode o = Json.object();
        o.put("name", name).put("kind", "BRANCH").put("sector", sector);
        o.putObject("hostUnit").put("name", name.replace("党支部", "")).put("creditCode", CreditCodes.random());
        o.putObject("secretary").put("name", "张明").put("phone", "13807310011");
        o.putArray("contacts").addObject().put("name", "刘芳").put("phone", "15973210011").put("email", contactEmail).put("language", "zh-CN");
        o.putObject("members").put("full", 10).put("probationary", 1);
        return committee.post("/api/organizations", o).expect(201).id();
    }

    private String propose(String title, String lead, String partner) {
        ObjectNode p = Json.object().put("title", title).put("type", "ONE_TO_ONE").put("leadId", lead);
        p.set("partnerIds", Json.array(List.of(partner)));
        ObjectNode agreement = p.putObject("agreement");
        agreement.putArray("goals").add("党建引领发展");
        agreement.putArray("commitments").add("每月至少开展一次联建活动");
        agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
        LocalDate start = LocalDate.now(ZONE).withDayOfMonth(1);
        p.putObject("term").put("start", start.toString()).put("end", start.plusYears(1).minusDays(1).toString());
        return Eventually.answers(() -> committee.post("/api/pairings", p), 201).id();
    }
}
