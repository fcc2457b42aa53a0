package org.gongjian.registry.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.registry.domain.Account;
import org.gongjian.registry.domain.AccountState;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.Person;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The rules of inviting a person of the register. This module's tests run without Keycloak: its address answers
 * nothing, exactly as when Keycloak is down. Inviting against a real Keycloak is {@code AccountsE2E}'s.
 */
@QuarkusTest
class AccountInvitationTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static ValidatableResponse invite(String token, String organizationId, String person) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        return given().header("Authorization", token).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body(body).when().post("/api/organizations/" + organizationId + "/accounts").then();
    }

    @Test
    void keycloakDownAnswers503AndLeavesNothingHalfMade() {
        String district = newDistrict();
        String id = registered(district, with(enterprise("湘潭停机联络党支部"), "secretary",
                Map.of("name", "李书记", "phone", "13807320001", "email", "li@example.cn")));
        String before = etag(district, id);
        String contactId = read(admin(district), id).extract().path("contacts[0].id");

        invite(admin(district), id, contactId).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", is("https://gongjian.org/problems/unavailable"))
                .body("title", is("服务暂时不可用"))
                .body("detail", containsString("账号未创建"));
        // a secretary inviting for its own organization gets as far, and no further
        invite(as(Role.BRANCH_SECRETARY, district, id), id, "secretary").statusCode(503);

        assertThat(etag(district, id)).isEqualTo(before);
        read(admin(district), id).body("contacts[0].account", is("NONE")).body("secretary.account", is("NONE"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.count("organizationId", UUID.fromString(id))))
                .isZero();
    }

    @Test
    void whoMayInviteWhom() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭邀请规则党支部"));
        String other = registered(district, enterprise("湘潭邀请其他党支部"));

        invite(as(Role.ENTERPRISE_CONTACT, district, id), id, "secretary").statusCode(403);
        invite(as(Role.DASHBOARD_READER, district, null), id, "secretary").statusCode(403);
        invite(as(Role.BRANCH_SECRETARY, district, other), id, "secretary").statusCode(404);
        invite(admin(newDistrict()), id, "secretary").statusCode(404);
        invite(admin(district), UUID.randomUUID().toString(), "secretary").statusCode(404);
    }

    @Test
    void onlyAPersonOfTheRegisterWithAnAddressCanBeInvited() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭地址联络党支部");
        String id = registered(district, body); // its secretary has no e-mail

        invite(admin(district), id, null).statusCode(400).body("errors.field", hasItem("person"));
        invite(admin(district), id, "treasurer").statusCode(400).body("errors.field", hasItem("person"));
        invite(admin(district), id, UUID.randomUUID().toString()).statusCode(400).body("errors.field", hasItem("person"));
        invite(admin(district), id, "secretary").statusCode(400).body("errors.field", hasItem("email"));

        String organ = registered(district, organ("湘潭无书记机关党支部", "BRANCH"));
        invite(admin(district), organ, "secretary").statusCode(400).body("errors.field", hasItem("person"));

        dissolve(admin(district), id, "企业注销", "2026-01-05").statusCode(200);
        invite(admin(district), id, "secretary").statusCode(409);
    }

    @Test
    void removingAContactOrReplacingTheSecretaryDisablesTheirAccount() {
        String district = newDistrict();
        Map<String, Object> body = with(enterprise("湘潭离任联络党支部"), "secretary",
                Map.of("name", "李书记", "phone", "13807320001", "email", "li@example.cn"));
        List<Map<String, Object>> two = List.of(
                ContactIdentityTest.contact(null, "王联络", "wang@example.cn"),
                ContactIdentityTest.contact(null, "赵联络", "zhao@example.cn"));
        String id = registered(district, with(body, "contacts", two));
        String wang = read(admin(district), id).extract().path("contacts[0].id");
        String zhao = read(admin(district), id).extract().path("contacts[1].id");
        invited(id, Person.SECRETARY, "user-li");
        invited(id, wang, "user-wang");
        invited(id, zhao, "user-zhao");
        read(admin(district), id).body("contacts[0].account", is("INVITED")).body("secretary.account", is("INVITED"));

        // 王 leaves the register; 赵 changes address and stays
        update(admin(district), id, etag(district, id), with(body, "contacts",
                List.of(ContactIdentityTest.contact(null, "赵联络", "zhao.new@example.cn"))))
                .statusCode(200).body("contacts[0].id", is(zhao)).body("contacts[0].account", is("INVITED"));
        assertThat(account("user-wang").state).isEqualTo(AccountState.DISABLED);
        assertThat(account("user-wang").disablePending).as("Keycloak is still to be told").isTrue();
        assertThat(account("user-zhao").state).isEqualTo(AccountState.INVITED);
        // Keycloak cannot be reached here: the changed address waits for AccountSync, the register did not wait
        assertThat(account("user-zhao").email).isEqualTo("zhao.new@example.cn");
        assertThat(account("user-zhao").profilePending).as("Keycloak is still to be given the new address").isTrue();
        assertThat(account("user-wang").profilePending).isFalse();

        // a new secretary: the previous one's account is disabled, the new one has none yet
        update(admin(district), id, etag(district, id), with(with(body, "contacts",
                List.of(ContactIdentityTest.contact(zhao, "赵联络", "zhao.new@example.cn"))), "secretary",
                Map.of("name", "周书记", "phone", "13807320009", "email", "zhou@example.cn")))
                .statusCode(200).body("secretary.account", is("NONE"));
        assertThat(account("user-li").state).isEqualTo(AccountState.DISABLED);

        dissolve(admin(district), id, "企业注销", "2026-01-05").statusCode(200)
                .body("contacts[0].account", is("DISABLED"));
        assertThat(account("user-zhao").state).isEqualTo(AccountState.DISABLED);
    }

    /** What a successful invitation leaves behind (Keycloak's part is AccountsE2E's). */
    private static void invited(String organizationId, String person, String userId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Organization organization = Organization.findById(UUID.fromString(organizationId));
            Person who = Person.SECRETARY.equals(person) ? Person.secretary(organization)
                    : Person.contact(organization.contact(UUID.fromString(person)).orElseThrow());
            Account.invited(userId, organization, who).persist();
        });
    }

    private static Account account(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("userId", userId).firstResult());
    }
}
