package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The schemas reject what a consumer must not receive, and accept what additive changes bring. Each case
 * changes one thing in a valid sample and expects errors at exactly that place.
 */
class SchemasRejectTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private static ObjectNode sample(String type) {
        return JSON.valueToTree(SampleEvents.of(type));
    }

    private static Set<ValidationMessage> validateChanged(String type, Consumer<ObjectNode> change) {
        ObjectNode data = sample(type);
        change.accept(data);
        return Schemas.validate(type, data);
    }

    private static void assertRejectedAt(String type, String pointer, Consumer<ObjectNode> change) {
        assertThat(validateChanged(type, change))
                .as("%s changed at %s", type, pointer)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getInstanceLocation().toString()).isEqualTo(pointer));
    }

    private static ObjectNode at(ObjectNode data, String pointer) {
        return (ObjectNode) data.at(pointer);
    }

    @Test
    void rejectsAnOrganizationWithoutId() {
        assertThat(validateChanged("organization.registered.v1", d -> at(d, "/organization").remove("id")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getInstanceLocation().toString()).isEqualTo("/organization");
                    assertThat(m.getMessage()).contains("required property 'id'");
                });
    }

    @Test
    void rejectsEventDataWithoutItsSnapshot() {
        assertThat(Schemas.validate("pairing.activated.v1", JSON.createObjectNode())).isNotEmpty();
        assertRejectedAt("pairing.activated.v1", "/pairing", d -> d.putNull("pairing"));
    }

    @Test
    void rejectsAnUnknownSector() {
        assertRejectedAt("organization.updated.v1", "/organization/sector",
                d -> at(d, "/organization").put("sector", "FOREIGN_ENTERPRISE"));
    }

    @Test
    void rejectsANegativeMemberCount() {
        assertRejectedAt("organization.updated.v1", "/organization/members/probationary",
                d -> at(d, "/organization/members").put("probationary", -1));
    }

    @Test
    void rejectsACountThatIsNotAnInteger() {
        assertRejectedAt("organization.updated.v1", "/organization/members/full",
                d -> at(d, "/organization/members").put("full", "86"));
        assertRejectedAt("activity.held.v1", "/activity/attendance/0/others",
                d -> at(d, "/activity/attendance/0").put("others", 1.5));
    }

    @Test
    void rejectsACadenceOfZeroActivities() {
        assertRejectedAt("pairing.activated.v1", "/pairing/agreement/cadence/count",
                d -> at(d, "/pairing/agreement/cadence").put("count", 0));
        assertRejectedAt("cadence.missed.v1", "/period/required", d -> at(d, "/period").put("required", 0));
    }

    @Test
    void rejectsAnUnknownCadencePeriod() {
        assertRejectedAt("pairing.proposed.v1", "/pairing/agreement/cadence/period",
                d -> at(d, "/pairing/agreement/cadence").put("period", "WEEK"));
    }

    @Test
    void rejectsMalformedUuids() {
        assertRejectedAt("pairing.activated.v1", "/pairing/leadId",
                d -> at(d, "/pairing").put("leadId", "not-a-uuid"));
        assertRejectedAt("pairing.activated.v1", "/pairing/partnerIds/1",
                d -> ((ArrayNode) d.at("/pairing/partnerIds")).add("2a7d9e44-5c3b-4f21-8e6a-7b1c0d3e5f0"));
        assertRejectedAt("demand.raised.v1", "/demand/raisedBy", d -> at(d, "/demand").put("raisedBy", 42));
    }

    @Test
    void rejectsMalformedDates() {
        assertRejectedAt("organization.registered.v1", "/organization/foundedOn",
                d -> at(d, "/organization").put("foundedOn", "2003/07/01"));
        assertRejectedAt("organization.registered.v1", "/organization/foundedOn",
                d -> at(d, "/organization").put("foundedOn", "2003-13-01"));
        assertRejectedAt("cadence.at-risk.v1", "/period/periodEnd",
                d -> at(d, "/period").put("periodEnd", "2025-07"));
    }

    @Test
    void rejectsMalformedDateTimes() {
        assertRejectedAt("activity.scheduled.v1", "/activity/startsAt",
                d -> at(d, "/activity").put("startsAt", "2025-06-01 09:30"));
        assertRejectedAt("pairing.evaluated.v1", "/evaluation/evaluatedAt",
                d -> at(d, "/evaluation").put("evaluatedAt", "yesterday"));
    }

    @Test
    void rejectsAMalformedCreditCode() {
        assertRejectedAt("organization.registered.v1", "/organization/hostUnit/creditCode",
                d -> at(d, "/organization/hostUnit").put("creditCode", "91430300ma4l1xj0k4"));
        assertRejectedAt("organization.registered.v1", "/organization/hostUnit/creditCode",
                d -> at(d, "/organization/hostUnit").put("creditCode", "91430300MA4L1XJ0K"));
    }

    @Test
    void rejectsAPairingWithoutPartnersAndAScoreAboveAHundred() {
        assertRejectedAt("pairing.proposed.v1", "/pairing/partnerIds", d -> at(d, "/pairing").putArray("partnerIds"));
        assertRejectedAt("pairing.evaluated.v1", "/evaluation/score", d -> at(d, "/evaluation").put("score", 100.5));
    }

    @Test
    void rejectsAStatusThatContradictsTheEventType() {
        assertRejectedAt("pairing.activated.v1", "/pairing/status", d -> at(d, "/pairing").put("status", "PROPOSED"));
        assertRejectedAt("demand.resolved.v1", "/demand/status", d -> at(d, "/demand").put("status", "OPEN"));
        assertRejectedAt("demand.due-soon.v1", "/demand/status", d -> at(d, "/demand").put("status", "RESOLVED"));
        assertRejectedAt("demand.overdue.v1", "/demand/status", d -> at(d, "/demand").put("status", "REJECTED"));
        assertRejectedAt("activity.cancelled.v1", "/activity/status", d -> at(d, "/activity").put("status", "HELD"));
    }

    @Test
    void requiresWhatTheEventTypeImplies() {
        assertRejectedAt("organization.dissolved.v1", "/organization/dissolution",
                d -> at(d, "/organization").putNull("dissolution"));
        assertRejectedAt("activity.confirmed.v1", "/activity/confirmedBy",
                d -> at(d, "/activity").putNull("confirmedBy"));
        assertRejectedAt("activity.confirmed.v1", "/activity", d -> at(d, "/activity").remove("confirmedAt"));
    }

    @Test
    void acceptsAdditionalPropertiesSoThatAdditiveChangesStayCompatible() {
        assertThat(validateChanged("activity.held.v1", d -> {
            d.put("reason", "新增的事件字段");
            at(d, "/activity").put("photoCount", 6);
            at(d, "/activity/attendance/0").put("youthLeagueMembers", 3);
        })).isEmpty();
    }

    @Test
    void acceptsNullOrAbsenceForOptionalFields() {
        assertThat(validateChanged("organization.registered.v1", d -> {
            ObjectNode organization = at(d, "/organization");
            organization.putNull("parentId");
            organization.putNull("secretary");
            organization.putNull("foundedOn");
            organization.remove("contacts");
            organization.remove("honours");
            at(d, "/organization/hostUnit").putNull("creditCode");
        })).isEmpty();
        JsonNode activity = sample("activity.scheduled.v1").at("/activity");
        assertThat(activity.get("summary").isNull()).isTrue();
        assertThat(Schemas.validate("activity.scheduled.v1", sample("activity.scheduled.v1"))).isEmpty();
    }
}
