package org.gongjian.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.activity.domain.OrganizationView;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingLifecycleEvent;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingType;
import org.gongjian.rest.Role;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A pairing as pairing-service would announce it, and tokens of the people in it. */
public final class Fixtures {

    public static final String DISTRICT = "xiangtan-htz";

    public final String district;
    public final UUID lead = UUID.randomUUID();
    public final UUID partner = UUID.randomUUID();
    public final UUID pairing = UUID.randomUUID();
    public final LocalDate termStart;
    private final int cadence;
    private final CadencePeriod period;

    private Fixtures(String district, LocalDate termStart, int cadence, CadencePeriod period) {
        this.district = district;
        this.termStart = termStart;
        this.cadence = cadence;
        this.period = period;
    }

    /** An active monthly pairing (one activity a month) in a district of its own, its projection in place. */
    public static Fixtures activePairing() {
        return activePairing("d-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 1, 1), 1, CadencePeriod.MONTH);
    }

    public static Fixtures activePairing(String district, LocalDate termStart, int cadence, CadencePeriod period) {
        Fixtures f = new Fixtures(district, termStart, cadence, period);
        f.registerOrganizations();
        f.publish(PairingActivated::new, PairingStatus.ACTIVE, 2);
        f.awaitPairing(PairingStatus.ACTIVE);
        return f;
    }

    public PairingSnapshot snapshot(PairingStatus status, long version) {
        return new PairingSnapshot(pairing, district, "湘潭高新区纪检监察党支部与湖南华菱线缆股份有限公司党委结对共建",
                PairingType.ONE_TO_ONE, lead, List.of(partner),
                new PairingSnapshot.Agreement(List.of("共学"), List.of("共建", "共学"), new PairingSnapshot.Cadence(cadence, period)),
                new PairingSnapshot.Term(termStart, null), status, null, null, null, version);
    }

    public void publish(Function<PairingSnapshot, PairingLifecycleEvent> event, PairingStatus status, long version) {
        KafkaTopics.publish(event.apply(snapshot(status, version)));
    }

    public void awaitPairing(PairingStatus status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            PairingView view = QuarkusTransaction.requiringNew().call(() -> PairingView.findById(pairing));
            return view != null && view.status == status;
        });
    }

    private void registerOrganizations() {
        register(lead, "湘潭高新区纪检监察党支部", Sector.ORGAN);
        register(partner, "湖南华菱线缆股份有限公司党委", Sector.STATE_ENTERPRISE);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> OrganizationView.findById(partner) != null));
    }

    private void register(UUID id, String name, Sector sector) {
        KafkaTopics.publish(new OrganizationRegistered(new OrganizationSnapshot(id, district, name, OrganizationKind.BRANCH,
                sector, null, new OrganizationSnapshot.HostUnit(name, null), null, List.of(),
                new OrganizationSnapshot.Members(10, 1), null, List.of(), OrganizationStatus.ACTIVE, null, 1)));
    }

    public String admin() {
        return Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).bearer();
    }

    public String leadSecretary() {
        return Tokens.user("sec.lead").roles(Role.BRANCH_SECRETARY).district(district).org(lead).bearer();
    }

    public String partnerSecretary() {
        return Tokens.user("sec.partner").roles(Role.BRANCH_SECRETARY).district(district).org(partner).bearer();
    }

    public String outsiderSecretary() {
        return Tokens.user("sec.outsider").roles(Role.BRANCH_SECRETARY).district(district).org(UUID.randomUUID()).bearer();
    }

    public String partnerContact() {
        return Tokens.user("contact.partner").roles(Role.ENTERPRISE_CONTACT).district(district).org(partner).bearer();
    }

    public String dashboard() {
        return Tokens.user("screen").roles(Role.DASHBOARD_READER).district(district).bearer();
    }

    public Map<String, Object> activity(String startsAt, String endsAt) {
        return Map.of("pairingId", pairing.toString(), "title", "庆\"六一\"主题党日", "type", "THEMED_PARTY_DAY",
                "startsAt", startsAt, "endsAt", endsAt, "location", "湘潭高新区党群服务中心, 三楼");
    }

    /** Schedules as the lead side's secretary; answers the created activity. */
    public ValidatableResponse schedule(String startsAt, String endsAt) {
        return given().header("Authorization", leadSecretary()).contentType(ContentType.JSON)
                .body(activity(startsAt, endsAt)).post("/api/activities").then();
    }

    public String scheduled(String startsAt, String endsAt) {
        return schedule(startsAt, endsAt).statusCode(201).extract().path("id");
    }

    /** Schedules and records as held by the lead side, with attendance from both. */
    public String held(String startsAt, String endsAt) {
        String id = scheduled(startsAt, endsAt);
        given().header("Authorization", leadSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(completion()).post("/api/activities/" + id + "/completion").then().statusCode(200);
        return id;
    }

    /** Held as above and confirmed by the partner side. */
    public String kept(String startsAt, String endsAt) {
        String id = held(startsAt, endsAt);
        given().header("Authorization", partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .post("/api/activities/" + id + "/confirmation").then().statusCode(200);
        return id;
    }

    public Map<String, Object> completion() {
        return Map.of("attendance", List.of(
                        Map.of("organizationId", lead.toString(), "full", 12, "probationary", 2, "others", 0),
                        Map.of("organizationId", partner.toString(), "full", 20, "probationary", 3, "others", 15)),
                "summary", "开展主题党日活动，重温入党誓词", "outcomes", "签订共建协议");
    }
}
