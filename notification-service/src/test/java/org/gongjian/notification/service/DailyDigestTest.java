package org.gongjian.notification.service;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.demand.DemandAccepted;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.GreenMailResource;
import org.gongjian.notification.Mails;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The committee's daily digest: once a day per person however many instances run it, never on a quiet day. */
@QuarkusTest
class DailyDigestTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DailyDigest digest;

    @Inject
    Projections projections;

    @Inject
    EntityManager entityManager;

    @Test
    void theDigestReachesEachCommitteeMemberOnceInTheirLanguageWhenTwoInstancesRace() {
        String district = Fixtures.district();
        String zhang = Fixtures.email("zhang");
        String smith = Fixtures.email("smith");
        choose(district, zhang, "zh-CN", true);
        choose(district, smith, "en", true);
        choose(district, Fixtures.email("quiet"), "zh-CN", false);
        Instant now = digestTime();
        LocalDate day = LocalDate.ofInstant(now, SHANGHAI);

        PairingSnapshot pairing = activePairing(district, "市场监管与智造谷结对共建");
        LocalDate quarter = day.with(IsoFields.DAY_OF_QUARTER, 1);
        KafkaTopics.publish(new CadenceMissed(period(pairing, quarter.minusMonths(3), 1)));
        KafkaTopics.publish(new CadenceAtRisk(period(pairing, quarter, 0)));
        DemandSnapshot fresh = demand(pairing, "高校毕业生招聘对接", DemandStatus.OPEN, day.plusDays(10), 1);
        DemandSnapshot late = demand(pairing, "厂房消防验收协调", DemandStatus.ACCEPTED, day.minusDays(1), 2);
        KafkaTopics.publish(new DemandRaised(fresh));
        KafkaTopics.publish(new DemandAccepted(late));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM cadence_standing WHERE pairing_id = :id", pairing.id()) == 2
                && projections.count("SELECT count(*) FROM demand WHERE pairing_id = :id", pairing.id()) == 2
                && projections.count("SELECT count(*) FROM notice WHERE subject_id = :id AND receipt_required",
                pairing.id()) > 0);
        projections.update("UPDATE notice SET created_at = created_at - INTERVAL '4 days' WHERE subject_id = :id",
                Map.of("id", pairing.id()));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> digest.sendAt(now));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> digest.sendAt(now));
        assertThat(one.join() + two.join()).as("digest notices written by both instances together").isEqualTo(2);
        assertThat(digest.sendAt(laterThatDay(now))).as("a later run the same day").isZero();

        String chinese = awaitOnlyMailTo(zhang);
        assertThat(chinese).contains("结对共建每日提醒（" + day + "）")
                .contains("未按期完成共建活动的结对（1 个）").contains("· 市场监管与智造谷结对共建：" + quarter.minusMonths(3))
                .contains("经确认 0 次（1 次待确认）")
                .contains("活动进度预警的结对（1 个）")
                .contains("超过 3 天未签收的通知（1 项）").contains("人未签收")
                .contains("新提出的需求（1 项）").contains("· 高校毕业生招聘对接（市场监管与智造谷结对共建），请于 " + day.plusDays(10))
                .contains("已逾期未办结的需求（1 项）").contains("· 厂房消防验收协调（市场监管与智造谷结对共建），应于 " + day.minusDays(1));
        String english = awaitOnlyMailTo(smith);
        assertThat(english).contains("Pairing digest for " + day)
                .contains("Pairings that missed their cadence (1)").contains("Pairings falling behind (1)")
                .contains("Notices unacknowledged for over 3 days (1)").contains("New demands (1)")
                .contains("Overdue demands (1)").contains("- 厂房消防验收协调 (市场监管与智造谷结对共建), was due by "
                        + day.minusDays(1));
    }

    @Test
    void aQuietDayWritesNoDigestNotEvenLaterThatDay() {
        String district = Fixtures.district();
        String wang = Fixtures.email("wang");
        choose(district, wang, "zh-CN", true);
        Instant now = digestTime();
        LocalDate day = LocalDate.ofInstant(now, SHANGHAI);
        PairingSnapshot pairing = activePairing(district, "应急局与高新物流结对共建");
        LocalDate lastQuarter = day.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        UUID lesson = UUID.randomUUID();
        KafkaTopics.publish(new CadenceMissed(period(pairing, lastQuarter, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM cadence_standing WHERE pairing_id = :id", pairing.id()) == 1);

        KafkaTopics.publish(new ActivityConfirmed(keptActivity(lesson, pairing, lastQuarter.plusDays(20))));
        await("the late confirmation withdraws the miss").atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM cadence_standing WHERE pairing_id = :id", pairing.id()) == 0);

        Instant beforeEight = day.atTime(7, 59).atZone(SHANGHAI).toInstant();
        assertThat(digest.sendAt(beforeEight)).isZero();
        assertThat(digest.sendAt(now)).isZero();
        DemandSnapshot fresh = demand(pairing, "用电增容协调", DemandStatus.OPEN, day.plusDays(10), 1);
        KafkaTopics.publish(new DemandRaised(fresh));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                "SELECT count(*) FROM demand WHERE pairing_id = :id", pairing.id()) == 1);
        assertThat(digest.sendAt(laterThatDay(now))).as("the day was found quiet once").isZero();
        assertThat(projections.count("""
                SELECT count(*) FROM digest_run WHERE district = (SELECT district FROM pairing WHERE id = :id)
                AND items = 0""", pairing.id())).isEqualTo(1);
        assertThat(deliveries(wang, "SELECT count(*) FROM delivery WHERE address = :address")).isZero();
        assertThat(mailsTo(wang)).isEmpty();
    }

    /** A committee member saves preferences from an account with an e-mail address. */
    private static void choose(String district, String email, String language, boolean byEmail) {
        String token = Tokens.user("admin." + email).roles("district-admin").district(district).email(email).bearer();
        given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("email", byEmail, "webhook", true, "language", language))
                .when().put("/api/notification-preferences").then().statusCode(200);
    }

    /** A moment after 08:00 in Shanghai and after now, less than a day after now (new demands are those of a day). */
    private static Instant digestTime() {
        Instant now = Instant.now().plusSeconds(60);
        Instant eightThirty = LocalDate.now(SHANGHAI).atTime(LocalTime.of(8, 30)).atZone(SHANGHAI).toInstant();
        return now.isAfter(eightThirty) ? now : eightThirty;
    }

    private static Instant laterThatDay(Instant now) {
        Instant lastMinute = LocalDate.ofInstant(now, SHANGHAI).atTime(23, 59).atZone(SHANGHAI).toInstant();
        return lastMinute.isAfter(now) ? lastMinute : now;
    }

    private PairingSnapshot activePairing(String district, String title) {
        OrganizationSnapshot organ = Fixtures.organization(district, "区市场监管分局党支部", Sector.ORGAN, "曹书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "智造谷党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "彭书记", Fixtures.liaison("许文", Fixtures.email("xu")));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, title, PairingStatus.ACTIVE, 2, organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        projections.awaitPairing(pairing.id());
        return pairing;
    }

    private static CadencePeriodSnapshot period(PairingSnapshot pairing, LocalDate start, int held) {
        return new CadencePeriodSnapshot(pairing.id(), pairing.district(), pairing.memberIds(), start,
                start.plusMonths(3), 1, held, 0);
    }

    private static DemandSnapshot demand(PairingSnapshot pairing, String title, DemandStatus status, LocalDate dueOn,
            long version) {
        return new DemandSnapshot(UUID.randomUUID(), pairing.district(), pairing.id(), pairing.partnerIds().get(0),
                "HIRING", title, null, dueOn, status, null, version);
    }

    private static ActivitySnapshot keptActivity(UUID id, PairingSnapshot pairing, LocalDate on) {
        OffsetDateTime starts = on.atTime(9, 30).atOffset(ZoneOffset.ofHours(8));
        return new ActivitySnapshot(id, pairing.district(), pairing.id(), "微党课", ActivityType.PARTY_LESSON, starts,
                starts.plusHours(1), "党群服务中心", pairing.memberIds(), ActivityStatus.HELD,
                List.of(new ActivitySnapshot.Attendance(pairing.leadId(), 8, 1, 0)), "学习党章", null, null,
                pairing.partnerIds().get(0), starts.plusDays(40), 3);
    }

    /** Waits until every e-mail to the address has been sent, then answers the one that was (its subject and parts). */
    private String awaitOnlyMailTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address).isEmpty()
                && deliveries(address, "SELECT count(*) FROM delivery WHERE address = :address AND status <> 'SENT'") == 0);
        List<String> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private long deliveries(String address, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("address", address).getSingleResult()).longValue());
    }

    private static List<String> mailsTo(String address) {
        GreenMail mail = GreenMailResource.server();
        List<String> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                for (var recipient : message.getAllRecipients()) {
                    if (((InternetAddress) recipient).getAddress().equalsIgnoreCase(address)) {
                        found.add(message.getSubject() + "\n" + String.join("\n", Mails.textParts(message)));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
