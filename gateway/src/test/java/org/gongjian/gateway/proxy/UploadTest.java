package org.gongjian.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class UploadTest {

    @Test
    void aThreeMegabytePhotoUploadStreamsThroughIntact() throws Exception {
        byte[] photo = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(photo);
        String path = "/api/activities/" + UUID.randomUUID() + "/photos";

        given().header("Authorization", Tokens.user("secretary.upload").roles(Role.BRANCH_SECRETARY)
                        .district("xiangtan-htz").org(UUID.randomUUID()).bearer())
                .multiPart("photo", "主题党日.jpg", photo, "image/jpeg")
                .when().post(path)
                .then().statusCode(200)
                .body("service", is("activity-service"));

        FakeServices.Received received = FakeServices.lastReceived("activity-service", path);
        assertThat(received.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("multipart/form-data; boundary="));
        assertThat(received.bodyLength()).isGreaterThan(photo.length);
        // the multipart envelope around the photo is the client's; the photo bytes must be inside it unchanged
        assertThat(received.bodyLength()).isLessThan(photo.length + 1024);
    }

    @Test
    void aChunkedSpreadsheetImportArrivesByteForByte() throws Exception {
        byte[] spreadsheet = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(spreadsheet);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spreadsheet));

        given().header("Authorization", Tokens.user("admin.import").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(new ByteArrayInputStream(spreadsheet))
                .queryParam("dryRun", true)
                .when().post("/api/organizations/imports")
                .then().statusCode(200)
                .body("service", is("registry-service"))
                .body("bodyLength", is(spreadsheet.length))
                .body("bodySha256", is(sha256));
    }
}
