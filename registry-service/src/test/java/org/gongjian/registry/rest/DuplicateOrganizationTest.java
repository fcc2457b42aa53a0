package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.gongjian.registry.support.CreditCodes;
import org.gongjian.registry.support.Sheets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.register;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;
import static org.gongjian.registry.support.Sheets.enterpriseRow;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DuplicateOrganizationTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> enterprise(String name, String creditCode) {
        return with(org.gongjian.registry.support.Registry.enterprise(name), "hostUnit", Map.of("name", name + "所在公司", "creditCode", creditCode));
    }

    private static int count(String district) {
        return given().header("Authorization", admin(district)).when().get("/api/organizations")
                .then().statusCode(200).extract().path("total");
    }

    private static List<String> withCell(List<String> row, int column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column, value);
        return copy;
    }

    @Test
    void registeringAnEnterpriseWhoseCreditCodeIsRegisteredIsAConflictNamingTheOrganization() {
        String district = newDistrict();
        String code = CreditCodes.random();
        String existing = registered(district, enterprise("湘潭佳佳美党支部", code));

        register(admin(district), enterprise("湘潭市佳佳美食品党支部", code))
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", is("https://gongjian.org/problems/duplicate-organization"))
                .body("title", is("该企业已在本区登记"))
                .body("existing.id", is(existing))
                .body("existing.name", is("湘潭佳佳美党支部"))
                .body("errors[0].field", is("hostUnit.creditCode"))
                .body("errors[0].message", containsString("湘潭佳佳美党支部"))
                .body("detail", containsString(existing));
        given().header("Authorization", admin(district)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(enterprise("另一党支部", code)).when().post("/api/organizations")
                .then().statusCode(409).body("title", is("The enterprise is already registered in the district"));
        assertThat(count(district)).isEqualTo(1);
    }

    @Test
    void theBranchesOfAnEnterpriseShareItsCreditCodeWithItsCommittee() {
        String district = newDistrict();
        String code = CreditCodes.random();
        Map<String, Object> committee = with(enterprise("湘潭华菱线缆党委", code), "kind", "PARTY_COMMITTEE");
        String committeeId = registered(district, committee);

        register(admin(district), with(enterprise("湘潭华菱线缆第一党支部", code), "parentId", committeeId)).statusCode(201);
        register(admin(district), with(enterprise("湘潭华菱线缆第二党支部", code), "parentId", committeeId)).statusCode(201);
        register(admin(district), enterprise("湘潭华菱线缆另一党委", code))
                .statusCode(409).body("existing.id", is(committeeId));
    }

    @Test
    void anotherDistrictAndADissolvedOrganizationDoNotHoldTheCreditCode() {
        String district = newDistrict();
        String code = CreditCodes.random();
        String first = registered(district, enterprise("湘潭利和党支部", code));
        registered(newDistrict(), enterprise("湘潭利和党支部", code));

        dissolve(admin(district), first, "企业注销", "2024-01-01").statusCode(200);
        register(admin(district), enterprise("湘潭利和重组后党支部", code)).statusCode(201);
    }

    @Test
    void changingTheCreditCodeToOneRegisteredIsAConflict() {
        String district = newDistrict();
        String code = CreditCodes.random();
        String holder = registered(district, enterprise("湘潭崇德科技党支部", code));
        String other = registered(district, enterprise("湘潭健车汽车服务党支部", CreditCodes.random()));

        update(admin(district), other, etag(district, other), enterprise("湘潭健车汽车服务党支部", code))
                .statusCode(409).body("existing.id", is(holder));
        update(admin(district), holder, etag(district, holder), enterprise("湘潭崇德科技有限公司党支部", code))
                .statusCode(200);
    }

    @Test
    void twoRegistrationsOfTheSameEnterpriseAtOnceMakeOneOrganization() throws Exception {
        String district = newDistrict();
        String code = CreditCodes.random();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> registration = () -> {
            start.await();
            return register(admin(district), enterprise("湘潭并发党支部", code)).extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(registration);
            Future<Integer> two = pool.submit(registration);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(district)).isEqualTo(1);
    }

    @Test
    void aNameVeryCloseToARegisteredOneIsAcceptedWithAWarning() {
        String district = newDistrict();
        String existing = registered(district, enterprise("湖南华菱线缆股份有限公司党委", CreditCodes.random()));

        String created = register(admin(district), enterprise("湖南华菱线缆股份有限公司党委员会", CreditCodes.random()))
                .statusCode(201)
                .body("warnings[0].field", is("name"))
                .body("warnings[0].similarTo.id", is(existing))
                .body("warnings[0].similarTo.name", is("湖南华菱线缆股份有限公司党委"))
                .body("warnings[0].similarTo.similarity", greaterThanOrEqualTo(0.6f))
                .body("warnings[0].message", containsString("湖南华菱线缆股份有限公司党委"))
                .extract().path("id");
        register(admin(district), enterprise("湘潭电机股份有限公司党委", CreditCodes.random()))
                .statusCode(201).body("$", not(hasKey("warnings")));
        read(admin(district), created).statusCode(200).body("$", not(hasKey("warnings")));
    }

    @Test
    void anImportOfARegisteredEnterpriseIsAConflictAndImportsNothing() {
        String district = newDistrict();
        String code = CreditCodes.random();
        String existing = registered(district, enterprise("湘潭佳佳美党支部", code));
        String twiceInSheet = CreditCodes.random();
        List<List<String>> rows = List.of(
                enterpriseRow("湘潭新来党支部"),
                withCell(enterpriseRow("湘潭佳佳美食品党支部"), 5, code),
                withCell(enterpriseRow("湘潭甲党支部"), 5, twiceInSheet),
                withCell(enterpriseRow("湘潭乙党支部"), 5, twiceInSheet));

        upload(admin(district), "orgs.csv", Sheets.csv(rows), false)
                .statusCode(409)
                .body("type", is("https://gongjian.org/problems/duplicate-organization"))
                .body("duplicates.row", contains(3, 5))
                .body("duplicates[0].existingId", is(existing))
                .body("duplicates[0].existingName", is("湘潭佳佳美党支部"))
                .body("duplicates[1].existingId", nullValue())
                .body("duplicates[1].existingRow", is(4))
                .body("errors.field", contains("row 3: 统一社会信用代码", "row 5: 统一社会信用代码"))
                .body("errors[0].message", containsString("湘潭佳佳美党支部"))
                .body("errors[1].message", containsString("第 4 行"));
        upload(admin(district), "orgs.csv", Sheets.csv(rows), true).statusCode(409);
        assertThat(count(district)).isEqualTo(1);
    }

    @Test
    void anImportWithBadRowsAndARegisteredEnterpriseReportsBoth() {
        String district = newDistrict();
        String code = CreditCodes.random();
        registered(district, enterprise("湘潭佳佳美党支部", code));
        List<List<String>> rows = List.of(
                withCell(enterpriseRow("湘潭佳佳美食品党支部"), 5, code),
                withCell(enterpriseRow("坏人数党支部"), 12, "-1"));

        upload(admin(district), "orgs.csv", Sheets.csv(rows), false)
                .statusCode(422)
                .body("rows.row", contains(2, 3))
                .body("duplicates.row", contains(2));
    }

    @Test
    void anImportedBranchUnderItsEnterprisesCommitteeSharesTheCreditCode() {
        String district = newDistrict();
        String code = CreditCodes.random();
        String committee = registered(district, with(enterprise("湘潭华菱线缆党委", code), "kind", "PARTY_COMMITTEE"));
        List<List<String>> rows = List.of(withCell(withCell(enterpriseRow("湘潭华菱线缆第三党支部"), 5, code), 3, committee));

        upload(admin(district), "orgs.csv", Sheets.csv(rows), false).statusCode(201).body("imported", is(1));
    }

    @Test
    void anImportedNameVeryCloseToARegisteredOneIsImportedWithAWarning() {
        String district = newDistrict();
        String existing = registered(district, enterprise("湖南华菱线缆股份有限公司党委", CreditCodes.random()));
        List<List<String>> rows = List.of(enterpriseRow("湖南华菱线缆股份有限公司党委员会"), enterpriseRow("湘潭电机股份有限公司党委"));

        upload(admin(district), "orgs.csv", Sheets.csv(rows), false)
                .statusCode(201)
                .body("imported", is(2))
                .body("warnings.row", contains(2))
                .body("warnings[0].column", is("名称"))
                .body("warnings[0].similarTo.id", is(existing))
                .body("warnings[0].message", containsString("湖南华菱线缆股份有限公司党委"));
        assertThat(count(district)).isEqualTo(3);
    }
}
