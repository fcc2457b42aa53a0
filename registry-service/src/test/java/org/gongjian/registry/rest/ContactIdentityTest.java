package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A contact is a person with a lasting identity: a changed address or name keeps it, so an account follows them. */
@QuarkusTest
class ContactIdentityTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> contact(String id, String name, String email) {
        Map<String, Object> contact = new HashMap<>();
        if (id != null) {
            contact.put("id", id);
        }
        contact.put("name", name);
        contact.put("phone", "13907320002");
        contact.put("email", email);
        return contact;
    }

    @Test
    void everyContactHasAnIdThatAChangedAddressOrAnUnsentIdKeeps() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭身份联络党支部");
        String id = registered(district, body);
        String contactId = read(admin(district), id).statusCode(200)
                .body("contacts[0].id", notNullValue())
                .body("contacts[0].account", is("NONE"))
                .body("secretary.account", is("NONE"))
                .extract().path("contacts[0].id");

        // the form sends the list back without ids, the address changed: same person
        update(admin(district), id, etag(district, id), with(body, "contacts", List.of(contact(null, "王联络", "Wang.New@Example.cn"))))
                .statusCode(200).body("contacts[0].id", is(contactId)).body("contacts[0].email", is("Wang.New@Example.cn"));
        // renamed, with its id sent back: same person
        update(admin(district), id, etag(district, id), with(body, "contacts", List.of(contact(contactId, "王联络员", "wang.new@example.cn"))))
                .statusCode(200).body("contacts[0].id", is(contactId));
        // renamed without the id but the same address (in another case): same person
        update(admin(district), id, etag(district, id), with(body, "contacts", List.of(contact(null, "王小联", "WANG.NEW@example.cn"))))
                .statusCode(200).body("contacts[0].id", is(contactId));
        // someone else entirely: a new person
        String other = update(admin(district), id, etag(district, id), with(body, "contacts", List.of(contact(null, "赵新人", "zhao@example.cn"))))
                .statusCode(200).extract().path("contacts[0].id");
        assertThat(other).isNotEqualTo(contactId);

        List<OrganizationSnapshot> updates = OrganizationEventsTest.eventsOf(district, OrganizationUpdated.TYPE, 4).stream()
                .map(event -> event.organization()).toList();
        assertThat(updates).hasSizeGreaterThanOrEqualTo(4);
        assertThat(updates.subList(0, 3)).allSatisfy(snapshot ->
                assertThat(snapshot.contacts().getFirst().id()).isEqualTo(UUID.fromString(contactId)));
        assertThat(updates.get(3).contacts().getFirst().id()).isEqualTo(UUID.fromString(other));
    }

    @Test
    void aDashboardReaderSeesNoAccounts() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭看板联络党支部"));
        read(as(Role.DASHBOARD_READER, district, null), id).statusCode(200)
                .body("contacts[0].account", nullValue()).body("secretary.account", nullValue());
    }
}
