package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.Topics;
import org.gongjian.events.organization.OrganizationDissolved;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;

/** Seed 004: Xiangtan High-tech Zone registers 9 organ and 12 enterprise organizations. */
@QuarkusTest
class OrganizationEventsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final List<String> ORGANS = List.of("湘潭高新区纪检监察党支部", "湘潭高新区党政办党支部", "湘潭高新区组织人事部党支部",
            "湘潭高新区经济发展局党支部", "湘潭高新区财政局党支部", "湘潭高新区规划建设局党支部", "湘潭高新区社会事务局党支部",
            "湘潭高新区政法委党支部", "湘潭高新区企业服务中心党支部");
    static final List<String> ENTERPRISES = List.of("湘潭佳佳美党支部", "湘潭利和党支部", "九芝堂集团湖南民生药业党支部",
            "湘潭崇德科技党支部", "湘潭健车汽车服务党支部", "湘潭万达商圈党支部", "湘潭电机智能装备党支部",
            "湘潭高新区软件产业园党支部", "湘潭钢铁物流党支部", "湘潭新材料产业联盟党支部", "湘潭华菱线缆党支部",
            "湘潭智造谷党支部");

    @Test
    void registeringTheTwentyOneOrganizationsOfSeed004EmitsTwentyOneEventsWithTheirNamesIntact() {
        String district = newDistrict();
        List<String> names = new ArrayList<>();
        ORGANS.forEach(name -> {
            registered(district, organ(name, "BRANCH"));
            names.add(name);
        });
        ENTERPRISES.forEach(name -> {
            registered(district, enterprise(name));
            names.add(name);
        });

        List<OrganizationRegistered> registered = eventsOf(district, OrganizationRegistered.TYPE, 21).stream()
                .map(OrganizationRegistered.class::cast).toList();
        assertThat(registered).hasSize(21);
        assertThat(registered).extracting(event -> event.organization().name()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(registered).allSatisfy(event -> {
            assertThat(event.organization().district()).isEqualTo(district);
            assertThat(event.organization().status()).isEqualTo(OrganizationStatus.ACTIVE);
            assertThat(event.organization().version()).isZero();
        });
        assertThat(registered).filteredOn(event -> event.organization().name().equals("湘潭佳佳美党支部")).singleElement()
                .satisfies(event -> {
                    assertThat(event.organization().contacts().get(0).email()).isEqualTo("wang@example.cn");
                    assertThat(event.organization().hostUnit().creditCode()).hasSize(18);
                    assertThat(event.organization().members().full()).isEqualTo(12);
                });
    }

    @Test
    void anUpdateAndADissolutionEachEmitOneEventWithTheFullSnapshot() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭利和党支部");
        String id = registered(district, body);
        update(admin(district), id, etag(district, id), with(body, "name", "湘潭利和科技党支部")).statusCode(200);
        dissolve(admin(district), id, "企业注销", "2024-06-01").statusCode(200);

        List<OrganizationEvent> updated = eventsOf(district, OrganizationUpdated.TYPE, 1);
        assertThat(updated).singleElement().satisfies(event -> {
            assertThat(event.organization().name()).isEqualTo("湘潭利和科技党支部");
            assertThat(event.organization().version()).isEqualTo(1);
        });
        List<OrganizationEvent> dissolved = eventsOf(district, OrganizationDissolved.TYPE, 1);
        assertThat(dissolved).singleElement().satisfies(event -> {
            assertThat(event.organization().status()).isEqualTo(OrganizationStatus.DISSOLVED);
            assertThat(event.organization().dissolution().reason()).isEqualTo("企业注销");
            assertThat(event.organization().name()).isEqualTo("湘潭利和科技党支部");
            assertThat(event.organization().version()).isEqualTo(2);
        });
    }

    @Test
    void anUpdateThatChangesNothingEmitsNothing() {
        String district = newDistrict();
        Map<String, Object> body = organ("湘潭高新区财政局党支部", "BRANCH");
        String id = registered(district, body);
        update(admin(district), id, "\"0\"", body).statusCode(200).header("ETag", "\"0\"");
        assertThat(eventsOf(district, OrganizationRegistered.TYPE, 1)).hasSize(1);
        assertThat(eventsOf(district, OrganizationUpdated.TYPE, 0)).isEmpty();
    }

    /** The events of one district (each test has its own), waiting for at least {@code atLeast}. */
    static List<OrganizationEvent> eventsOf(String district, String type, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<OrganizationEvent> events;
        do {
            events = KafkaTopics.records(Topics.ORGANIZATION, 0, Duration.ofMillis(500), Duration.ofSeconds(10)).stream()
                    .filter(record -> district.equals(KafkaTopics.header(record, CloudEventAttributes.HEADER_DISTRICT)))
                    .filter(KafkaTopics.hasType(type))
                    .map(OrganizationEventsTest::read)
                    .toList();
        } while (events.size() < atLeast && System.nanoTime() < deadline);
        return events;
    }

    private static OrganizationEvent read(ConsumerRecord<String, String> record) {
        return (OrganizationEvent) EventJson.read(KafkaTopics.header(record, CloudEventAttributes.HEADER_TYPE), record.value());
    }
}
