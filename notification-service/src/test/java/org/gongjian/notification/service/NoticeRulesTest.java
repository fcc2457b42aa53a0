package org.gongjian.notification.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.events.activity.ActivityCancelled;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.EvaluationSnapshot;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who hears of demands, activities and falling-behind cadence. */
@QuarkusTest
class NoticeRulesTest {

    @Inject
    Projections projections;

    @Test
    void aDemandGoesToTheLeadSideAndItsAnswerBackToTheSideThatRaisedIt() {
        Parties parties = activePairing();
        DemandSnapshot demand = new DemandSnapshot(UUID.randomUUID(), parties.district, parties.pairing.id(),
                parties.enterprise.id(), "政策咨询", "申请高新技术企业认定政策辅导", null, LocalDate.now().plusDays(30),
                DemandStatus.OPEN, null, 1);
        KafkaTopics.publish(new DemandRaised(demand));
        assertThat(Inboxes.awaitNotices(parties.organSecretary(), "DEMAND_RAISED", demand.id(), 1).get(0).get("title"))
                .isEqualTo("新的共建需求：申请高新技术企业认定政策辅导");
        KafkaTopics.publish(new DemandResolved(new DemandSnapshot(demand.id(), demand.district(), demand.pairingId(),
                demand.raisedBy(), demand.category(), demand.title(), null, demand.dueOn(), DemandStatus.RESOLVED,
                "已安排专人上门辅导", 3)));
        Inboxes.awaitNotices(parties.liaison(), "DEMAND_ANSWERED", demand.id(), 1);

        assertThat(Inboxes.notices(parties.liaison(), "DEMAND_RAISED", demand.id())).isEmpty();
        assertThat(Inboxes.notices(parties.organSecretary(), "DEMAND_ANSWERED", demand.id())).isEmpty();
    }

    @Test
    void activityNoticesGoToParticipantsAndMissedCadenceAlsoToTheCommittee() {
        Parties parties = activePairing();
        ActivitySnapshot activity = Fixtures.activity(parties.district, parties.pairing.id(), "“庆七一”主题党日",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(10), parties.organ.id(), parties.enterprise.id());
        KafkaTopics.publish(new ActivityScheduled(activity));
        assertThat((String) Inboxes.awaitNotices(parties.liaison(), "ACTIVITY_SCHEDULED", activity.id(), 1).get(0)
                .get("body")).contains("“庆七一”主题党日").contains("高新区党群服务中心");
        KafkaTopics.publish(new ActivityCancelled(new ActivitySnapshot(activity.id(), activity.district(),
                activity.pairingId(), activity.title(), activity.type(), activity.startsAt(), activity.endsAt(),
                activity.location(), activity.participantIds(), ActivityStatus.CANCELLED, List.of(), null, null, "天气原因",
                null, null, 2)));
        Inboxes.awaitNotices(parties.organSecretary(), "ACTIVITY_CANCELLED", activity.id(), 1);

        CadencePeriodSnapshot period = new CadencePeriodSnapshot(parties.pairing.id(), parties.district,
                parties.pairing.memberIds(), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1), 1, 0, 0);
        KafkaTopics.publish(new CadenceAtRisk(period));
        Inboxes.awaitNotices(parties.liaison(), "CADENCE_AT_RISK", parties.pairing.id(), 1);
        KafkaTopics.publish(new CadenceMissed(period));
        Inboxes.awaitNotices(parties.organSecretary(), "CADENCE_MISSED", parties.pairing.id(), 1);
        assertThat(Inboxes.awaitNotices(Fixtures.committeeToken(parties.district), "CADENCE_MISSED", parties.pairing.id(), 1)
                .get(0).get("body")).asString().contains("2024-04-01").contains("2024-06-30");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Inboxes.notices(Fixtures.committeeToken(parties.district), "CADENCE_AT_RISK", null)).isEmpty();
    }

    @Test
    void aDraftEvaluationAsksTheSecretariesOfBothSidesToRateAndNoLiaison() {
        Parties parties = activePairing();
        EvaluationSnapshot draft = new EvaluationSnapshot(UUID.randomUUID(), parties.pairing.id(), parties.district,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 70, "FAIR", List.of(), null,
                OffsetDateTime.now(ZoneOffset.UTC));
        KafkaTopics.publish(new PairingEvaluationRequested(draft, parties.pairing.title(), parties.organ.id(),
                parties.pairing.memberIds()));
        assertThat(Inboxes.awaitNotices(parties.organSecretary(), "EVALUATION_REQUESTED", parties.pairing.id(), 1)
                .get(0).get("title")).isEqualTo("请为结对单位评分：市场监管与智造谷结对共建");
        String enterpriseSecretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        assertThat((String) Inboxes.awaitNotices(enterpriseSecretary, "EVALUATION_REQUESTED", parties.pairing.id(), 1)
                .get(0).get("body")).contains("2025-01-01").contains("2025-12-31");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Inboxes.notices(parties.liaison(), "EVALUATION_REQUESTED", parties.pairing.id())).isEmpty();
    }

    Parties activePairing() {
        return activePairingWith(projections);
    }

    /** Two organizations of a new district in an active pairing, known to this service. */
    Parties activePairingWith(Projections projections) {
        String district = Fixtures.district();
        String email = Fixtures.email("rules");
        OrganizationSnapshot organ = Fixtures.organization(district, "区市场监管分局党支部", Sector.ORGAN, "曹书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "智造谷党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "彭书记", Fixtures.liaison("许文", email));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "市场监管与智造谷结对共建", PairingStatus.ACTIVE, 2,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        projections.awaitPairing(pairing.id());
        return new Parties(district, email, organ, enterprise, pairing);
    }

    record Parties(String district, String email, OrganizationSnapshot organ, OrganizationSnapshot enterprise,
            PairingSnapshot pairing) {
        String liaison() {
            return Fixtures.liaisonToken(enterprise.id(), district, email);
        }

        String organSecretary() {
            return Fixtures.secretaryToken(organ.id(), district);
        }
    }
}
