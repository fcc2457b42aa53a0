package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OrganizationUpdateTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anUpdateWithTheCurrentETagChangesTheOrganizationAndItsVersion() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭利和党支部");
        String id = registered(district, body);
        update(admin(district), id, "\"0\"", with(body, "name", "湘潭利和科技党支部"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", is("湘潭利和科技党支部"))
                .body("version", is(1));
        read(admin(district), id).body("name", is("湘潭利和科技党支部"));
    }

    @Test
    void aStaleETagIsRefusedWith412AndAMissingOneWith428() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭崇德科技党支部");
        String id = registered(district, body);
        update(admin(district), id, "\"0\"", with(body, "foundedOn", "2019-01-01")).statusCode(200);
        update(admin(district), id, "\"0\"", with(body, "foundedOn", "2017-01-01"))
                .statusCode(412).contentType("application/problem+json");
        update(admin(district), id, null, with(body, "foundedOn", "2017-01-01")).statusCode(428);
        update(admin(district), id, "\"abc\"", body).statusCode(400).body("errors[0].field", is("If-Match"));
        read(admin(district), id).body("foundedOn", is("2019-01-01"));
    }

    @Test
    void anUpdateIsCheckedLikeARegistration() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭健车汽车服务党支部");
        String id = registered(district, body);
        update(admin(district), id, etag(district, id), with(body, "members", Map.of("full", 3, "probationary", -2)))
                .statusCode(400).body("errors.field", hasItems("members.probationary"));
        read(admin(district), id).body("members.probationary", is(2)).body("version", is(0));
    }

    @Test
    void aCycleInTheHierarchyIsRefused() {
        String district = newDistrict();
        Map<String, Object> top = organ("湘潭高新区机关党委", "PARTY_COMMITTEE");
        String committee = registered(district, top);
        Map<String, Object> middle = with(organ("机关第一党总支", "GENERAL_BRANCH"), "parentId", committee);
        String general = registered(district, middle);
        update(admin(district), committee, etag(district, committee), with(top, "parentId", general))
                .statusCode(400).body("errors[0].field", is("parentId"));
        update(admin(district), committee, etag(district, committee), with(top, "parentId", committee))
                .statusCode(400).body("errors[0].field", is("parentId"));
    }

    @Test
    void aBranchSecretaryKeepsOnlyItsOwnSecretaryContactsAndCounts() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭万达商圈党支部");
        String id = registered(district, body);
        String secretary = as(Role.BRANCH_SECRETARY, district, id);
        Map<String, Object> changed = with(with(with(body, "secretary", Map.of("name", "赵书记", "phone", "13900001111")),
                "contacts", List.of(Map.of("name", "钱联络", "email", "qian@example.cn"))),
                "members", Map.of("full", 15, "probationary", 1));
        update(secretary, id, etag(district, id), changed)
                .statusCode(200)
                .body("secretary.name", is("赵书记"))
                .body("contacts[0].name", is("钱联络"))
                .body("members.full", is(15));

        update(secretary, id, etag(district, id), with(body, "name", "改名党支部"))
                .statusCode(403).body("errors[0].field", is("name"));
        // another organization's secretary does not even see it
        update(as(Role.BRANCH_SECRETARY, district, java.util.UUID.randomUUID()), id, etag(district, id), changed)
                .statusCode(404);
        update(as(Role.ENTERPRISE_CONTACT, district, id), id, etag(district, id), changed).statusCode(403);
        update(admin(newDistrict()), id, etag(district, id), changed).statusCode(404);
    }

    @Test
    void aDissolvedOrganizationCannotBeChanged() {
        String district = newDistrict();
        Map<String, Object> body = organ("临时党支部", "BRANCH");
        String id = registered(district, body);
        dissolve(admin(district), id, "任务完成", "2024-06-01").statusCode(200);
        update(admin(district), id, etag(district, id), with(body, "name", "新名")).statusCode(409);
    }
}
