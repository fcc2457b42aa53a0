package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Browser;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee web app served by the gateway at {@code /}, in a real browser (Debian's chromium, headless):
 * logging in goes through Keycloak's own login page (authorization code flow), and the dashboard shows the
 * district's figures, the same as {@code /api/dashboard/overview} answers.
 */
@Order(5)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeWebAppE2E {

    @BeforeAll
    void servicesAndBrowser() {
        PlatformStack.assumeServices();
        Browser.assumeWanted();
    }

    @Test
    void theCommitteeLogsInThroughKeycloakAndReadsTheDashboardFigures() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(PlatformStack.gatewayUrl() + "/");

            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(driver.getCurrentUrl()).as("the login page is Keycloak's")
                    .startsWith(PlatformStack.stack().issuer());
            driver.findElement(By.id("username")).sendKeys(Users.COMMITTEE);
            driver.findElement(By.id("password")).sendKeys(Users.PASSWORD);
            driver.findElement(By.id("kc-login")).click();

            wait.until(d -> d.getCurrentUrl().startsWith(PlatformStack.gatewayUrl()));
            wait.until(d -> !figure(d, "organizations-total").equals("—"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).isDisplayed())
                    .as("no loading error: " + figure(driver, "status")).isFalse();

            JsonNode api = Api.as(Users.COMMITTEE).get("/api/dashboard/overview").expect(200).json();
            assertThat(figure(driver, "district")).isEqualTo(api.path("district").asText());
            assertThat(figure(driver, "organizations-total")).isEqualTo(api.path("organizations").path("total").asText());
            assertThat(figure(driver, "organizations-two-new")).isEqualTo(api.path("organizations").path("twoNew").asText());
            assertThat(figure(driver, "coverage-paired")).isEqualTo(api.path("coverage").path("twoNewPaired").asText());
            assertThat(figure(driver, "coverage-total")).isEqualTo(api.path("coverage").path("twoNewTotal").asText());
            assertThat(figure(driver, "activities-total")).isEqualTo(api.path("activities").path("total").asText());
            assertThat(figure(driver, "attendance-full"))
                    .isEqualTo(api.path("activities").path("attendance").path("full").asText());
            assertThat(figure(driver, "overdue-count"))
                    .isEqualTo(Integer.toString(api.path("activities").path("pairings").path("overdueIds").size()));
            if (World.scenarioCompleted) {
                assertThat(figure(driver, "organizations-total")).isEqualTo("21");
                assertThat(figure(driver, "coverage-paired")).isEqualTo("12");
                assertThat(figure(driver, "coverage-total")).isEqualTo("12");
                assertThat(figure(driver, "coverage-rate")).isEqualTo("100%");
                assertThat(figure(driver, "activities-total")).isEqualTo("3");
                assertThat(figure(driver, "overdue-count")).isEqualTo("8");
            }
        }
    }

    private static String figure(WebDriver driver, String testId) {
        return driver.findElement(By.cssSelector("[data-testid=\"" + testId + "\"]")).getText().strip();
    }
}
