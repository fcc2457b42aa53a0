package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationStatus;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final OrganizationRegistered registered =
            new OrganizationRegistered(SampleEvents.enterprise(OrganizationStatus.ACTIVE));

    @Test
    void writesChineseTextAsUtf8WithoutEscapes() {
        String json = EventJson.write(registered);

        assertThat(json).contains("\"name\":\"湖南华菱线缆股份有限公司党委\"");
        assertThat(EventJson.writeBytes(registered)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSnapshotUnderItsAggregateName() throws Exception {
        var tree = JSON.readTree(EventJson.write(registered));

        assertThat(tree.fieldNames()).toIterable().containsExactly("organization");
        assertThat(tree.at("/organization/id").asText()).isEqualTo(SampleEvents.ENTERPRISE.toString());
        assertThat(tree.at("/organization/members/full").asInt()).isEqualTo(86);
    }

    @Test
    void writesDatesAndInstantsAsIsoStringsKeepingTheOffset() {
        String json = EventJson.write(SampleEvents.of(ActivityConfirmed.TYPE));

        assertThat(json).contains("\"startsAt\":\"2025-06-01T09:30:00+08:00\"")
                .contains("\"confirmedAt\":\"2025-06-02T10:15:30+08:00\"");
        assertThat(EventJson.write(registered)).contains("\"foundedOn\":\"2003-07-01\"");

        var read = (ActivityConfirmed) EventJson.read(ActivityConfirmed.TYPE, json);
        assertThat(read.activity().startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void writesNullsExplicitly() {
        assertThat(EventJson.write(SampleEvents.of("activity.scheduled.v1")))
                .contains("\"summary\":null")
                .contains("\"confirmedBy\":null");
    }

    @Test
    void ignoresPropertiesItDoesNotKnow() {
        ObjectNode data = JSON.valueToTree(registered);
        data.put("changedFields", "name");
        ((ObjectNode) data.get("organization")).put("website", "https://www.hualing-cable.example");

        assertThat(EventJson.read(OrganizationRegistered.TYPE, data.toString())).isEqualTo(registered);
    }

    @Test
    void readsAFieldThatAnOlderProducerLeavesOutAsNull() {
        ObjectNode data = JSON.valueToTree(registered);
        ((ObjectNode) data.get("organization")).remove("dissolution");
        ((ObjectNode) data.get("organization")).remove("honours");

        var read = (OrganizationRegistered) EventJson.read(OrganizationRegistered.TYPE, data.toString());

        assertThat(read.organization().dissolution()).isNull();
        assertThat(read.organization().honours()).isEmpty();
    }

    @Test
    void readsASecretaryWithoutAnEmailFromAnOlderProducer() {
        ObjectNode data = JSON.valueToTree(registered);
        ((ObjectNode) data.at("/organization/secretary")).remove("email");

        var read = (OrganizationRegistered) EventJson.read(OrganizationRegistered.TYPE, data.toString());

        assertThat(read.organization().secretary().name()).isEqualTo("张卫东");
        assertThat(read.organization().secretary().email()).isNull();
        assertThat(registered.organization().secretary().email()).isEqualTo("zhangweidong@example.com");
    }

    @Test
    void failsOnAnUnknownEnumValueBecauseThatIsABreakingChange() {
        ObjectNode data = JSON.valueToTree(registered);
        ((ObjectNode) data.get("organization")).put("sector", "FOREIGN_ENTERPRISE");

        assertThatThrownBy(() -> EventJson.read(OrganizationRegistered.TYPE, data.toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(OrganizationRegistered.TYPE)
                .hasMessageContaining("FOREIGN_ENTERPRISE");
    }

    @Test
    void failsOnAMissingMandatoryField() {
        ObjectNode data = JSON.valueToTree(registered);
        ((ObjectNode) data.get("organization")).remove("id");

        assertThatThrownBy(() -> EventJson.read(OrganizationRegistered.TYPE, data.toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("id");
    }

    @Test
    void failsOnAnUnknownType() {
        assertThatThrownBy(() -> EventJson.read("organization.merged.v1", "{}"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("organization.merged.v1");
    }

    @Test
    void readsIntoAKnownClass() {
        String json = EventJson.write(SampleEvents.of(ActivityConfirmed.TYPE));

        ActivityConfirmed read = EventJson.read(ActivityConfirmed.class, json);

        assertThat(read.activity().status()).isEqualTo(ActivityStatus.HELD);
        assertThat(read.activity().confirmedBy()).isEqualTo(SampleEvents.ENTERPRISE);
    }
}
