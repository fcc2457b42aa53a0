package org.gongjian.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gongjian.events.activity.ActivityCancelled;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityCorrected;
import org.gongjian.events.activity.ActivityDisputeResolved;
import org.gongjian.events.activity.ActivityDisputed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivityRescheduled;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivitySnapshot.Attendance;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.demand.DemandAccepted;
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandOverdue;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandRejected;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.events.organization.OrganizationDissolved;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationSnapshot.Contact;
import org.gongjian.events.organization.OrganizationSnapshot.Dissolution;
import org.gongjian.events.organization.OrganizationSnapshot.HostUnit;
import org.gongjian.events.organization.OrganizationSnapshot.Members;
import org.gongjian.events.organization.OrganizationSnapshot.Secretary;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.EvaluationSnapshot;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.LaunchSnapshot;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingEvaluated;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingRejected;
import org.gongjian.events.pairing.PairingResumed;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.events.pairing.PairingUpdated;

/** Representative events from the Xiangtan High-tech Zone scenario, one per event type. */
final class SampleEvents {

    static final String DISTRICT = "xiangtan-htz";
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    static final String ORGAN_BRANCH_NAME = "湘潭高新区纪检监察党支部";
    static final String ENTERPRISE_NAME = "湖南华菱线缆股份有限公司党委";

    static final UUID WORKING_COMMITTEE = UUID.fromString("0b0e6a51-3a54-4c1e-9d0e-6f3c1e2a7b10");
    static final UUID ORGAN_BRANCH = UUID.fromString("1f6f3c2e-8a1b-4b7e-9b55-2d4f0a6c9e01");
    static final UUID ENTERPRISE = UUID.fromString("2a7d9e44-5c3b-4f21-8e6a-7b1c0d3e5f02");
    static final UUID PAIRING = UUID.fromString("3c8e1f55-6d4c-4a32-9f7b-8c2d1e4f6a03");
    static final UUID LAUNCH = UUID.fromString("4d9f2a66-7e5d-4b43-8a8c-9d3e2f5a7b04");
    static final UUID EVALUATION = UUID.fromString("5eaf3b77-8f6e-4c54-9b9d-ae4f3a6b8c05");
    static final UUID DEMAND = UUID.fromString("6fb04c88-9a7f-4d65-8cae-bf5a4b7c9d06");
    static final UUID ACTIVITY = UUID.fromString("7ac15d99-ab80-4e76-9dbf-c06b5c8dae07");

    private SampleEvents() {
    }

    /** A representative event of the type; fails for a type that has no sample yet. */
    static GongjianEvent of(String type) {
        return switch (type) {
            case OrganizationRegistered.TYPE -> new OrganizationRegistered(enterprise(OrganizationStatus.ACTIVE));
            case OrganizationUpdated.TYPE -> new OrganizationUpdated(enterprise(OrganizationStatus.ACTIVE));
            case OrganizationDissolved.TYPE -> new OrganizationDissolved(enterprise(OrganizationStatus.DISSOLVED));
            case PairingProposed.TYPE -> new PairingProposed(pairing(PairingStatus.PROPOSED, null));
            case PairingUpdated.TYPE -> new PairingUpdated(pairing(PairingStatus.PROPOSED, null));
            case PairingActivated.TYPE -> new PairingActivated(pairing(PairingStatus.ACTIVE, null));
            case PairingRejected.TYPE -> new PairingRejected(pairing(PairingStatus.REJECTED, "双方党组织均为机关单位，不符合结对要求"));
            case PairingSuspended.TYPE -> new PairingSuspended(pairing(PairingStatus.SUSPENDED, "企业停产整顿"));
            case PairingResumed.TYPE -> new PairingResumed(pairing(PairingStatus.ACTIVE, null));
            case PairingConcluded.TYPE -> new PairingConcluded(pairing(PairingStatus.CONCLUDED, "共建期满"));
            case PairingEvaluated.TYPE -> new PairingEvaluated(evaluation());
            case PairingEvaluationRequested.TYPE -> new PairingEvaluationRequested(evaluation(),
                    "湘潭高新区纪检监察党支部与嘉嘉美党支部结对共建", ORGAN_BRANCH, List.of(ORGAN_BRANCH, ENTERPRISE));
            case LaunchHeld.TYPE -> new LaunchHeld(launch());
            case DemandRaised.TYPE -> new DemandRaised(demand(DemandStatus.OPEN, null));
            case DemandAccepted.TYPE -> new DemandAccepted(demand(DemandStatus.ACCEPTED, null));
            case DemandResolved.TYPE -> new DemandResolved(demand(DemandStatus.RESOLVED, "已协调区人社局开展专场招聘会，提供岗位120个"));
            case DemandRejected.TYPE -> new DemandRejected(demand(DemandStatus.REJECTED, "不属于本区职权范围，已转市级部门"));
            case DemandDueSoon.TYPE -> new DemandDueSoon(demand(DemandStatus.OPEN, null));
            case DemandOverdue.TYPE -> new DemandOverdue(demand(DemandStatus.ACCEPTED, null));
            case ActivityScheduled.TYPE -> new ActivityScheduled(activity(ActivityStatus.PLANNED, false));
            case ActivityRescheduled.TYPE -> new ActivityRescheduled(activity(ActivityStatus.PLANNED, false));
            case ActivityCancelled.TYPE -> new ActivityCancelled(activity(ActivityStatus.CANCELLED, false));
            case ActivityHeld.TYPE -> new ActivityHeld(activity(ActivityStatus.HELD, false));
            case ActivityConfirmed.TYPE -> new ActivityConfirmed(activity(ActivityStatus.HELD, true));
            case ActivityCorrected.TYPE -> new ActivityCorrected(activity(ActivityStatus.HELD, false));
            case ActivityDisputed.TYPE -> new ActivityDisputed(disputed(null));
            case ActivityDisputeResolved.TYPE -> new ActivityDisputeResolved(disputed(DisputeOutcome.UPHELD));
            case CadenceAtRisk.TYPE -> new CadenceAtRisk(cadencePeriod(0, 0));
            case CadenceMissed.TYPE -> new CadenceMissed(cadencePeriod(0, 0));
            default -> throw new IllegalArgumentException("No sample for " + type + ": add one to SampleEvents");
        };
    }

    static OrganizationSnapshot enterprise(OrganizationStatus status) {
        boolean dissolved = status == OrganizationStatus.DISSOLVED;
        return new OrganizationSnapshot(
                ENTERPRISE,
                DISTRICT,
                ENTERPRISE_NAME,
                OrganizationKind.PARTY_COMMITTEE,
                Sector.STATE_ENTERPRISE,
                WORKING_COMMITTEE,
                new HostUnit("湖南华菱线缆股份有限公司", "91430300MA4L1XJ0K4"),
                new Secretary("张卫东", "0731-58681234", "zhangweidong@example.com"),
                List.of(
                        new Contact("李晓红", "13907321234", "lixiaohong@example.com", "zh-CN",
                                UUID.fromString("0c0a7ac7-0000-4000-8000-000000000001"), "5b1c2e4a-9f0e-4c1e-8a7b-3d2f1e0c9b8a"),
                        new Contact("Wang Lei", null, "wanglei@example.com", "en")),
                new Members(86, 4),
                LocalDate.of(2003, 7, 1),
                List.of("一级示范党组织", "湘潭市先进基层党组织"),
                status,
                dissolved ? new Dissolution("企业重组，党员组织关系转入新党委", LocalDate.of(2026, 3, 31)) : null,
                dissolved ? 7 : 3);
    }

    static PairingSnapshot pairing(PairingStatus status, String reason) {
        boolean launched = status != PairingStatus.PROPOSED && status != PairingStatus.REJECTED;
        return new PairingSnapshot(
                PAIRING,
                DISTRICT,
                ORGAN_BRANCH_NAME + "与" + ENTERPRISE_NAME + "结对共建",
                PairingType.ONE_TO_ONE,
                ORGAN_BRANCH,
                List.of(ENTERPRISE),
                new PairingSnapshot.Agreement(
                        List.of("以党建引领企业高质量发展", "共建清廉企业"),
                        List.of("共建", "共学", "共促", "共享"),
                        new PairingSnapshot.Cadence(1, CadencePeriod.MONTH)),
                new PairingSnapshot.Term(LocalDate.of(2025, 5, 20), LocalDate.of(2027, 5, 19)),
                status,
                reason,
                launched ? "XTGX-GJ-2025-007" : null,
                launched ? LAUNCH : null,
                switch (status) {
                    case PROPOSED -> 1;
                    case REJECTED, ACTIVE -> 2;
                    default -> 3;
                });
    }

    static LaunchSnapshot launch() {
        return new LaunchSnapshot(LAUNCH, DISTRICT, "湘潭高新区\"党建引领·结对共建\"启动仪式",
                LocalDate.of(2025, 5, 20), List.of(PAIRING, UUID.fromString("8bd26eaa-bc91-4f87-8ec0-d17c6d9ebf08")));
    }

    static EvaluationSnapshot evaluation() {
        return new EvaluationSnapshot(
                EVALUATION,
                PAIRING,
                DISTRICT,
                LocalDate.of(2025, 5, 20),
                LocalDate.of(2026, 5, 19),
                88.5,
                "GOOD",
                List.of(
                        new EvaluationSnapshot.Part("cadence", 0.4, 91.7),
                        new EvaluationSnapshot.Part("attendance", 0.2, 85),
                        new EvaluationSnapshot.Part("demands", 0.2, 100),
                        new EvaluationSnapshot.Part("partnerRating", 0.2, 72.5)),
                "活动开展扎实，诉求解决及时；建议增加志愿服务类活动。",
                OffsetDateTime.of(2026, 5, 28, 16, 0, 0, 0, CHINA));
    }

    static DemandSnapshot demand(DemandStatus status, String resolution) {
        return new DemandSnapshot(
                DEMAND,
                DISTRICT,
                PAIRING,
                ENTERPRISE,
                "HIRING",
                "高技能电缆工人招聘难",
                "企业扩产需招聘高技能电缆工人约100名，希望协调开展专场招聘。",
                LocalDate.of(2025, 7, 31),
                status,
                resolution,
                switch (status) {
                    case OPEN -> 1;
                    case ACCEPTED, REJECTED -> 2;
                    case RESOLVED -> 3;
                });
    }

    static ActivitySnapshot activity(ActivityStatus status, boolean confirmed) {
        boolean held = status == ActivityStatus.HELD;
        return new ActivitySnapshot(
                ACTIVITY,
                DISTRICT,
                PAIRING,
                "庆\"六一\"主题党日：走进企业职工子女课堂",
                ActivityType.THEMED_PARTY_DAY,
                OffsetDateTime.of(2025, 6, 1, 9, 30, 0, 0, CHINA),
                OffsetDateTime.of(2025, 6, 1, 11, 30, 0, 0, CHINA),
                "湖南华菱线缆股份有限公司党员活动室",
                List.of(ORGAN_BRANCH, ENTERPRISE),
                status,
                held ? List.of(new Attendance(ORGAN_BRANCH, 12, 1, 0), new Attendance(ENTERPRISE, 23, 2, 15))
                        : List.of(),
                held ? "两支部党员与职工子女共度六一，开展红色故事分享。" : null,
                held ? "建立结对帮扶台账1本" : null,
                status == ActivityStatus.CANCELLED ? "防汛应急，活动取消" : null,
                confirmed ? ENTERPRISE : null,
                confirmed ? OffsetDateTime.of(2025, 6, 2, 10, 15, 30, 0, CHINA) : null,
                confirmed ? 3 : 2);
    }

    static ActivitySnapshot disputed(DisputeOutcome outcome) {
        ActivitySnapshot a = activity(ActivityStatus.HELD, false);
        ActivitySnapshot.Dispute dispute = new ActivitySnapshot.Dispute(ENTERPRISE,
                OffsetDateTime.of(2025, 6, 2, 10, 15, 30, 0, CHINA), "当天未开展活动，参加人数不实", outcome,
                outcome == null ? null : OffsetDateTime.of(2025, 6, 5, 16, 0, 0, 0, CHINA),
                outcome == null ? null : "经核实，活动未按报告开展");
        return new ActivitySnapshot(a.id(), a.district(), a.pairingId(), a.title(), a.type(), a.startsAt(), a.endsAt(),
                a.location(), a.participantIds(), a.status(), a.attendance(), a.summary(), a.outcomes(),
                a.cancellationReason(), null, null, outcome == null ? 3 : 4, ORGAN_BRANCH, dispute, false);
    }

    static CadencePeriodSnapshot cadencePeriod(int held, int confirmed) {
        return new CadencePeriodSnapshot(PAIRING, DISTRICT, List.of(ORGAN_BRANCH, ENTERPRISE),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), 1, held, confirmed);
    }
}
