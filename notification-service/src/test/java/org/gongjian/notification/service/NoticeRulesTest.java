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
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandOverdue;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of demands, activities and falling-behind cadence: one test per event type. */
@QuarkusTest
public class NoticeRulesTest {

    @Inject
    Projections projections;

    @Test
    void aRaisedDemandGoesToTheLeadSide() {
        Parties parties = activePairing();
        DemandSnapshot demand = demand(parties, DemandStatus.OPEN, LocalDate.now().plusDays(30), null, 1);
        KafkaTopics.publish(new DemandRaised(demand));

        assertThat(Inboxes.awaitNotices(parties.organSecretary(), "DEMAND_RAISED", demand.id(), 1).get(0).get("title"))
                .isEqualTo("新的共建需求：申请高新技术企业认定政策辅导");
        // the notices of one event are written in one transaction: the lead side's being there, the others' would be
        assertThat(Inboxes.notices(parties.liaison(), "DEMAND_RAISED", demand.id())).isEmpty();
    }

    @Test
    void anAnsweredDemandGoesBackToTheSideThatRaisedIt() {
        Parties parties = activePairing();
        DemandSnapshot demand = demand(parties, DemandStatus.RESOLVED, LocalDate.now().plusDays(30), "已安排专人上门辅导", 3);
        KafkaTopics.publish(new DemandResolved(demand));

        Inboxes.awaitNotices(parties.liaison(), "DEMAND_ANSWERED", demand.id(), 1);
        assertThat(Inboxes.notices(parties.organSecretary(), "DEMAND_ANSWERED", demand.id())).isEmpty();
    }

    @Test
    void aDemandDueSoonRemindsTheLeadSide() {
        Parties parties = activePairing();
        DemandSnapshot demand = demand(parties, DemandStatus.ACCEPTED, LocalDate.of(2026, 6, 1), null, 2);
        KafkaTopics.publish(new DemandDueSoon(demand));

        Map<String, Object> notice = Inboxes.awaitNotices(parties.organSecretary(), "DEMAND_DUE_SOON", demand.id(), 1).get(0);
        assertThat(notice.get("title")).isEqualTo("需求即将到期：申请高新技术企业认定政策辅导");
        assertThat((String) notice.get("body")).contains("2026-06-01");
        assertThat(Inboxes.notices(parties.liaison(), "DEMAND_DUE_SOON", demand.id())).isEmpty();
        assertThat(Inboxes.notices(Fixtures.committeeToken(parties.district), "DEMAND_DUE_SOON", demand.id())).isEmpty();
    }

    @Test
    void anOverdueDemandGoesToTheLeadSideAndTheCommittee() {
        Parties parties = activePairing();
        DemandSnapshot demand = demand(parties, DemandStatus.OPEN, LocalDate.of(2026, 6, 1), null, 1);
        KafkaTopics.publish(new DemandOverdue(demand));

        Inboxes.awaitNotices(parties.organSecretary(), "DEMAND_OVERDUE", demand.id(), 1);
        assertThat(Inboxes.notices(Fixtures.committeeToken(parties.district), "DEMAND_OVERDUE", demand.id()).get(0)
                .get("title")).isEqualTo("需求已逾期：申请高新技术企业认定政策辅导");
        assertThat(Inboxes.notices(parties.liaison(), "DEMAND_OVERDUE", demand.id())).isEmpty();
    }

    @Test
    void aScheduledActivityGoesToItsParticipants() {
        Parties parties = activePairing();
        ActivitySnapshot activity = activity(parties);
        KafkaTopics.publish(new ActivityScheduled(activity));

        assertThat((String) Inboxes.awaitNotices(parties.liaison(), "ACTIVITY_SCHEDULED", activity.id(), 1).get(0)
                .get("body")).contains("“庆七一”主题党日").contains("高新区党群服务中心");
        assertThat(Inboxes.notices(parties.organSecretary(), "ACTIVITY_SCHEDULED", activity.id())).hasSize(1);
    }

    @Test
    void aCancelledActivityGoesToItsParticipants() {
        Parties parties = activePairing();
        ActivitySnapshot activity = activity(parties);
        KafkaTopics.publish(new ActivityCancelled(new ActivitySnapshot(activity.id(), activity.district(),
                activity.pairingId(), activity.title(), activity.type(), activity.startsAt(), activity.endsAt(),
                activity.location(), activity.participantIds(), ActivityStatus.CANCELLED, List.of(), null, null, "天气原因",
                null, null, 2)));

        assertThat((String) Inboxes.awaitNotices(parties.organSecretary(), "ACTIVITY_CANCELLED", activity.id(), 1).get(0)
                .get("body")).contains("天气原因");
        assertThat(Inboxes.notices(parties.liaison(), "ACTIVITY_CANCELLED", activity.id())).hasSize(1);
    }

    @Test
    void aCadenceAtRiskGoesToBothSidesButNotToTheCommittee() {
        Parties parties = activePairing();
        KafkaTopics.publish(new CadenceAtRisk(period(parties, 2, 1)));

        assertThat((String) Inboxes.awaitNotices(parties.liaison(), "CADENCE_AT_RISK", parties.pairing.id(), 1).get(0)
                .get("body")).contains("经对方确认的活动 1 次").contains("另有 1 次待确认");
        assertThat(Inboxes.notices(parties.organSecretary(), "CADENCE_AT_RISK", parties.pairing.id())).hasSize(1);
        assertThat(Inboxes.notices(Fixtures.committeeToken(parties.district), "CADENCE_AT_RISK", null)).isEmpty();
    }

    @Test
    void aMissedCadenceGoesToBothSidesAndTheCommitteeAndSpeaksOfKeptActivities() {
        Parties parties = activePairing();
        KafkaTopics.publish(new CadenceMissed(period(parties, 1, 1)));

        Inboxes.awaitNotices(parties.organSecretary(), "CADENCE_MISSED", parties.pairing.id(), 1);
        assertThat(Inboxes.notices(parties.liaison(), "CADENCE_MISSED", parties.pairing.id())).hasSize(1);
        assertThat(Inboxes.notices(Fixtures.committeeToken(parties.district), "CADENCE_MISSED", parties.pairing.id())
                .get(0).get("body")).asString().contains("2024-04-01").contains("2024-06-30")
                .contains("经对方确认的活动 1 次").doesNotContain("实际开展");
    }

    private static DemandSnapshot demand(Parties parties, DemandStatus status, LocalDate dueOn, String resolution,
            long version) {
        return new DemandSnapshot(UUID.nameUUIDFromBytes(parties.pairing.id().toString().getBytes()), parties.district,
                parties.pairing.id(), parties.enterprise.id(), "政策咨询", "申请高新技术企业认定政策辅导", null, dueOn, status,
                resolution, version);
    }

    private static ActivitySnapshot activity(Parties parties) {
        return Fixtures.activity(parties.district, parties.pairing.id(), "“庆七一”主题党日",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(10), parties.organ.id(), parties.enterprise.id());
    }

    private static CadencePeriodSnapshot period(Parties parties, int held, int confirmed) {
        return new CadencePeriodSnapshot(parties.pairing.id(), parties.district, parties.pairing.memberIds(),
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1), 2, held, confirmed);
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
        // the notices of one event are written in one transaction: none for the liaison now means none at all
        assertThat(Inboxes.notices(parties.liaison(), "EVALUATION_REQUESTED", parties.pairing.id())).isEmpty();
    }

    Parties activePairing() {
        return activePairingWith(projections);
    }

    /** Two organizations of a new district in an active pairing, known to this service (other tests' start too). */
    public Parties activePairingWith(Projections projections) {
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

    public record Parties(String district, String email, OrganizationSnapshot organ, OrganizationSnapshot enterprise,
            PairingSnapshot pairing) {
        public String liaison() {
            return Fixtures.liaisonToken(enterprise.id(), district, email);
        }

        public String organSecretary() {
            return Fixtures.secretaryToken(organ.id(), district);
        }
    }
}
