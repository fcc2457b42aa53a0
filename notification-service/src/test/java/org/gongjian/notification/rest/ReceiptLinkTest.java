package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.GreenMailResource;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Mails;
import org.gongjian.notification.Projections;
import org.gongjian.notification.service.NoticeRulesTest;
import org.gongjian.notification.service.ReceiptTokens;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * A pairing notice reaches a real SMTP server with its Chinese subject intact, in English for a liaison who prefers
 * it, and carries a signed link whose page names the notice and changes nothing, and whose button acknowledges it
 * once, without a login; a forged, changed, foreign, replayed or expired link does nothing.
 * The committee then sees who has and has not acknowledged.
 */
@QuarkusTest
class ReceiptLinkTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/r/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @Inject
    Projections projections;

    @Inject
    ReceiptTokens tokens;

    @Test
    void aChineseSubjectArrivesIntactAndTheSignedLinkAcknowledgesOnce() throws Exception {
        String district = Fixtures.district();
        String chinese = Fixtures.email("wang");
        String english = Fixtures.email("smith");
        OrganizationSnapshot organ = Fixtures.organization(district, "区经济发展局党支部", Sector.ORGAN, "周书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "湘潭电机集团党支部", Sector.STATE_ENTERPRISE,
                "刘书记", Fixtures.liaison("王晓红", chinese), Fixtures.liaison("John Smith", english, "en"));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "经发局与电机集团结对共建", PairingStatus.ACTIVE, 1,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));

        MimeMessage zh = awaitMailTo(chinese);
        assertThat(zh.getSubject()).isEqualTo("结对共建已正式启动：经发局与电机集团结对共建");
        assertThat(zh.getFrom()[0].toString()).isEqualTo("gongjian@localhost");
        assertThat(((InternetAddress) zh.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("王晓红");
        List<String> parts = Mails.textParts(zh);
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/html").contains("王晓红，您好").contains("签收本通知"));
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/plain").contains("经发局与电机集团结对共建"));
        MimeMessage en = awaitMailTo(english);
        assertThat(en.getSubject()).isEqualTo("Pairing launched: 经发局与电机集团结对共建");

        String link = linkIn(zh);
        String liaisonToken = Fixtures.liaisonToken(enterprise.id(), district, chinese);
        // opening the link (a person, a mail scanner, a chat app's preview) shows the notice and signs for no one
        for (int i = 0; i < 2; i++) {
            given().when().get(link).then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body(containsString("经发局与电机集团结对共建")).body(containsString("请签收通知"))
                    .body(containsString("<form method=\"post\">")).body(containsString(">签收</button>"));
        }
        assertThat(Inboxes.awaitNotices(liaisonToken, "PAIRING_ACTIVATED", pairing.id(), 1).get(0).get("acknowledgedAt"))
                .isNull();
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get(link).then().statusCode(200)
                .body(containsString("Please acknowledge this notice")).body(containsString("<html lang=\"en\">"));

        // the page's button acknowledges
        given().when().post(link).then().statusCode(200).body(containsString("签收成功"));
        Map<String, Object> notice = Inboxes.awaitNotices(liaisonToken, "PAIRING_ACTIVATED", pairing.id(), 1).get(0);
        assertThat(notice.get("acknowledgedAt")).isNotNull();
        assertThat(notice.get("readAt")).isNotNull();
        // a link acts once: pressed again it changes nothing and says so; opened again it says acknowledged
        given().when().post(link).then().statusCode(409).body(containsString("已签收"));
        given().when().get(link).then().statusCode(200).body(containsString("已签收")).body(not(containsString("<form")));
        assertThat(Inboxes.awaitNotices(liaisonToken, "PAIRING_ACTIVATED", pairing.id(), 1).get(0).get("acknowledgedAt"))
                .isEqualTo(notice.get("acknowledgedAt"));

        String englishLink = linkIn(en);
        String tampered = englishLink.substring(0, englishLink.length() - 2)
                + (englishLink.endsWith("AA") ? "BB" : "AA");
        given().when().get(tampered).then().statusCode(404).body(containsString("链接无效"));
        given().when().post(tampered).then().statusCode(404).body(containsString("链接无效"));
        given().when().get("/r/not-a-token").then().statusCode(404);
        given().when().post("/r/not-a-token").then().statusCode(404);

        String committee = Fixtures.committeeToken(district);
        given().header("Authorization", committee).queryParam("pairingId", pairing.id())
                .when().get("/api/receipts")
                .then().statusCode(200)
                .body("total", is(4))
                .body("items.find { it.recipientName == '王晓红' }.status", is("ACKNOWLEDGED"))
                .body("items.find { it.recipientName == 'John Smith' }.status", is("PENDING"))
                .body("items.find { it.recipientRole == 'SECRETARY' && it.organizationId == '" + organ.id() + "' }.status",
                        is("PENDING"));
        given().header("Authorization", committee)
                .when().get("/api/receipts/summary")
                .then().statusCode(200)
                .body("district", is(district)).body("required", is(4)).body("acknowledged", is(1))
                .body("pending", is(3));
        given().header("Authorization", "Bearer " + org.gongjian.testing.Tokens.user("screen").roles("dashboard-reader")
                        .district(district).sign())
                .when().get("/api/receipts/summary").then().statusCode(200).body("required", is(4));
    }

    @Test
    void aLinkWorksOnlyForItsNoticeAndRecipientAndOnlyAsLongAsTheServerSays() {
        String district = Fixtures.district();
        String first = Fixtures.email("first");
        String second = Fixtures.email("second");
        OrganizationSnapshot organ = Fixtures.organization(district, "区财政局党支部", Sector.ORGAN, "孙书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "湘潭钢铁党支部", Sector.STATE_ENTERPRISE,
                "钱书记", Fixtures.liaison("李一", first), Fixtures.liaison("李二", second));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "财政局与湘钢结对共建", PairingStatus.ACTIVE, 1,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        String firstToken = Fixtures.liaisonToken(enterprise.id(), district, first);
        UUID firstNotice = noticeOf(firstToken, pairing.id());
        UUID secondNotice = noticeOf(Fixtures.liaisonToken(enterprise.id(), district, second), pairing.id());
        String firstRecipient = projections.text("SELECT recipient_key FROM notice WHERE id = :id", firstNotice);
        String secondRecipient = projections.text("SELECT recipient_key FROM notice WHERE id = :id", secondNotice);
        Instant now = Instant.now();

        // forged: signed with another key, in the shape this service issues
        given().when().get("/r/" + forge(firstNotice, firstRecipient, now, "a-key-guessed-by-someone-who-read-the-code"))
                .then().statusCode(404).body(containsString("链接无效"));
        // an issue time beyond any instant is an invalid link, not a failure of the service
        given().when().get("/r/" + payload(firstNotice, Long.MAX_VALUE) + ".c2lnbmF0dXJl").then().statusCode(404);
        // signed here, but for the other recipient of the same pairing notice
        given().when().get("/r/" + tokens.sign(firstNotice, secondRecipient, now)).then().statusCode(404);
        // a genuine link of the second liaison, its notice id swapped for the first liaison's
        String genuine = tokens.sign(secondNotice, secondRecipient, now);
        String swapped = payload(firstNotice, now) + genuine.substring(genuine.indexOf('.'));
        given().when().get("/r/" + swapped).then().statusCode(404);
        // a link cannot choose its own lifetime: one claiming to be issued next month does not live longer
        given().when().get("/r/" + tokens.sign(firstNotice, firstRecipient, now.plus(Duration.ofDays(30))))
                .then().statusCode(404);
        assertThat(projections.count("SELECT count(*) FROM notice WHERE id = :id AND acknowledged_at IS NOT NULL",
                firstNotice)).isZero();

        // expired: issued with the notice 15 days ago, the server's lifetime is 14 days
        Instant longAgo = now.minus(Duration.ofDays(15));
        projections.update("UPDATE notice SET created_at = :at WHERE id = :id",
                Map.of("at", java.time.OffsetDateTime.ofInstant(longAgo, java.time.ZoneOffset.UTC), "id", firstNotice));
        String expired = "/r/" + tokens.sign(firstNotice, firstRecipient, longAgo);
        given().when().get(expired).then().statusCode(410).body(containsString("链接已过期"));
        given().when().post(expired).then().statusCode(410).body(containsString("链接已过期"));
        assertThat(projections.count("SELECT count(*) FROM notice WHERE id = :id AND acknowledged_at IS NOT NULL",
                firstNotice)).isZero();

        // the second liaison's own link works, once
        given().when().get("/r/" + genuine).then().statusCode(200);
        assertThat(projections.count("SELECT count(*) FROM notice WHERE id = :id AND acknowledged_at IS NOT NULL",
                secondNotice)).isZero();
        // pressed four times at once (a double click, a retrying browser): one acknowledgement, the others say so
        List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var presses = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                presses.submit(() -> {
                    start.await();
                    return statuses.add(given().when().post("/r/" + genuine).then().extract().statusCode());
                });
            }
            start.countDown();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        given().when().post("/r/" + genuine).then().statusCode(409);
    }

    @Test
    void anAcknowledgementByLinkIsInTheOperationLogOfTheNoticesDistrictAndOrganization() {
        NoticeRulesTest.Parties parties = new NoticeRulesTest().activePairingWith(projections);
        String district = parties.district();
        OrganizationSnapshot organ = parties.organ();
        OrganizationSnapshot enterprise = parties.enterprise();
        UUID notice = noticeOf(parties.liaison(), parties.pairing().id());
        String recipient = projections.text("SELECT recipient_key FROM notice WHERE id = :id", notice);

        given().when().post("/r/" + tokens.sign(notice, recipient, Instant.now())).then().statusCode(200);

        // no account signed the request, yet it is the district's and the enterprise's, about the notice
        given().header("Authorization", Fixtures.committeeToken(district)).when().get("/api/operation-log?action=/r/")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].action", is("POST /r/{token}"))
                .body("items[0].outcome", is(200))
                .body("items[0].district", is(district))
                .body("items[0].organizationId", is(enterprise.id().toString()))
                .body("items[0].target", is(notice.toString()))
                .body("items[0].actor.name", is((Object) null));
        given().header("Authorization", Fixtures.secretaryToken(enterprise.id(), district)).when()
                .get("/api/operation-log?action=/r/").then().statusCode(200).body("total", is(1));
        given().header("Authorization", Fixtures.secretaryToken(organ.id(), district)).when()
                .get("/api/operation-log?action=/r/").then().statusCode(200).body("total", is(0));
    }

    private static UUID noticeOf(String token, UUID pairingId) {
        return UUID.fromString((String) Inboxes.awaitNotices(token, "PAIRING_ACTIVATED", pairingId, 1).get(0).get("id"));
    }

    private static String payload(UUID noticeId, Instant issuedAt) {
        return payload(noticeId, issuedAt.getEpochSecond());
    }

    private static String payload(UUID noticeId, long issuedAtEpochSecond) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(24);
        buffer.putLong(noticeId.getMostSignificantBits()).putLong(noticeId.getLeastSignificantBits())
                .putLong(issuedAtEpochSecond);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private static String forge(UUID noticeId, String recipientKey, Instant issuedAt, String key) {
        try {
            String payload = payload(noticeId, issuedAt);
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(("receipt-v2." + payload + "." + recipientKey)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return payload + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void receiptListsAreTheCommitteesOwn() {
        String district = Fixtures.district();
        given().header("Authorization", Fixtures.committeeToken(district)).queryParam("pairingId", UUID.randomUUID())
                .when().get("/api/receipts").then().statusCode(404);
        given().header("Authorization", Fixtures.committeeToken(district)).queryParam("pairingId", "not-an-id")
                .when().get("/api/receipts").then().statusCode(400).body("errors.field", hasItem("pairingId"));
        given().header("Authorization", Fixtures.secretaryToken(UUID.randomUUID(), district))
                .queryParam("pairingId", UUID.randomUUID())
                .when().get("/api/receipts").then().statusCode(403);
        given().header("Authorization", org.gongjian.testing.Tokens.user("city").roles("city-admin").bearer())
                .when().get("/api/receipts/summary").then().statusCode(400).body("errors.field", hasItem("district"));
        given().when().get("/api/receipts/summary").then().statusCode(401);
    }

    private static MimeMessage awaitMailTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address) != null);
        return mailTo(address);
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).filter(message -> {
            try {
                return ((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private static String linkIn(MimeMessage message) {
        String body = String.join("\n", Mails.textParts(message));
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a receipt link in " + body).isTrue();
        return matcher.group(1);
    }
}
