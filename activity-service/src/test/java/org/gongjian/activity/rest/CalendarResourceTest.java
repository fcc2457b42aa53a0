package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.activity.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void aSecretarySubscribesWithTheFeedLinkAndSeesThePlannedActivityInUtc() {
        Fixtures f = Fixtures.activePairing();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
        String id = f.scheduled(start.toString(), start.plusHours(2).toString());

        String url = given().header("Authorization", f.partnerSecretary())
                .get("/api/organizations/" + f.partner + "/calendar-token").then().statusCode(200).extract().path("url");
        byte[] body = given().get(url).then().statusCode(200).contentType("text/calendar").extract().asByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:" + id + "@gongjian.org\r\n");
        assertThat(ics).contains("DTSTART:" + start.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString()
                .replace("-", "").replace(":", "") + "00Z");
        assertThat(ics).contains("STATUS:CONFIRMED");
        assertThat(unfold(ics)).contains("LOCATION:湘潭高新区党群服务中心\\, 三楼");
        assertThat(unfold(ics)).contains("X-WR-CALNAME:湖南华菱线缆股份有限公司党委 · 联建活动日程");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aWrongTokenOrAnotherOrganizationsSecretaryGetsNothing() {
        Fixtures f = Fixtures.activePairing();
        given().queryParam("token", "forged").get("/api/organizations/" + f.partner + "/calendar.ics").then().statusCode(404);
        given().get("/api/organizations/" + f.partner + "/calendar.ics").then().statusCode(404);
        String leadToken = given().header("Authorization", f.leadSecretary())
                .get("/api/organizations/" + f.lead + "/calendar-token").then().statusCode(200).extract().path("token");
        given().queryParam("token", leadToken).get("/api/organizations/" + f.partner + "/calendar.ics").then().statusCode(404);
        given().header("Authorization", f.leadSecretary()).get("/api/organizations/" + f.partner + "/calendar-token")
                .then().statusCode(404);
        given().header("Authorization", f.leadSecretary()).get("/api/organizations/" + f.lead + "/calendar.ics")
                .then().statusCode(200);
        given().header("Authorization", f.admin()).get("/api/organizations/" + f.partner + "/calendar.ics")
                .then().statusCode(200);
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }
}
