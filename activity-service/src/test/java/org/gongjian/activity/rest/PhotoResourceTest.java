package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.activity.Fixtures;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PhotoResourceTest {

    @Test
    void aRealPngIsUploadedListedDownloadedByteForByteAndGetsAThumbnail() throws IOException {
        Fixtures f = Fixtures.activePairing();
        String activity = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        byte[] png = image("png", 1600, 1200);

        String photo = given().header("Authorization", f.leadSecretary())
                .multiPart("file", "huodong-heying.png", png, "application/octet-stream")
                .post("/api/activities/" + activity + "/photos")
                .then().statusCode(201).body("contentType", is("image/png")).body("size", is(png.length))
                .extract().path("id");

        given().header("Authorization", f.partnerContact()).get("/api/activities/" + activity + "/photos")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].fileName", is("huodong-heying.png"));
        byte[] downloaded = given().header("Authorization", f.partnerContact())
                .get("/api/activities/" + activity + "/photos/" + photo)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(downloaded).isEqualTo(png);

        byte[] thumbnail = given().header("Authorization", f.admin())
                .get("/api/activities/" + activity + "/photos/" + photo + "/thumbnail")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isLessThanOrEqualTo(320);
        assertThat(small.getWidth()).isGreaterThan(small.getHeight());
    }

    @Test
    void aJpegNamedAnythingIsAcceptedByItsContentAndCanBeDeleted() throws IOException {
        Fixtures f = Fixtures.activePairing();
        String activity = f.scheduled("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        byte[] jpeg = image("jpg", 800, 600);
        String photo = given().header("Authorization", f.partnerSecretary())
                .multiPart("file", "photo.bin", jpeg, "application/octet-stream")
                .post("/api/activities/" + activity + "/photos")
                .then().statusCode(201).body("contentType", is("image/jpeg")).extract().path("id");
        given().header("Authorization", f.partnerContact()).delete("/api/activities/" + activity + "/photos/" + photo)
                .then().statusCode(403);
        given().header("Authorization", f.partnerSecretary()).delete("/api/activities/" + activity + "/photos/" + photo)
                .then().statusCode(204);
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos/" + photo).then().statusCode(404);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndOutsidersSeeNothing() {
        Fixtures f = Fixtures.activePairing();
        String activity = f.scheduled("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        given().header("Authorization", f.leadSecretary())
                .multiPart("file", "x.jpg", "这不是图片 not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/api/activities/" + activity + "/photos")
                .then().statusCode(415).body("detail", is("照片须为 JPEG、PNG 或 WebP 图片，该文件的内容都不是"));
        given().header("Authorization", f.leadSecretary()).header("Accept-Language", "en")
                .multiPart("file", "x.jpg", "not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/api/activities/" + activity + "/photos")
                .then().statusCode(415)
                .body("detail", is("A photo must be a JPEG, PNG or WebP image; the content of this file is none of them"));
        given().header("Authorization", f.leadSecretary()).multiPart("other", "x").post("/api/activities/" + activity + "/photos")
                .then().statusCode(400);
        given().header("Authorization", f.outsiderSecretary()).get("/api/activities/" + activity + "/photos").then().statusCode(404)
                .body("detail", startsWith("未找到"));
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos").then().body("$", hasSize(0));
    }

    @Test
    void aPhotoLargerThanTenMegabytesIsRefused() {
        Fixtures f = Fixtures.activePairing();
        String activity = f.scheduled("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        new Random(1).nextBytes(big);
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        given().header("Authorization", f.leadSecretary()).multiPart("file", "big.jpg", big, "image/jpeg")
                .post("/api/activities/" + activity + "/photos").then().statusCode(413);
    }

    @Test
    void anUploadSentAgainWithItsIdempotencyKeyStoresOnePhotoAndAnswersTheSame() throws Exception {
        Fixtures f = Fixtures.activePairing();
        String activity = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        byte[] jpeg = image("jpg", 640, 480);
        String key = UUID.randomUUID().toString();

        io.restassured.response.Response first = upload(f.leadSecretary(), activity, key, "heying.jpg", jpeg);
        io.restassured.response.Response again = upload(f.leadSecretary(), activity, key, "heying.jpg", jpeg);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos")
                .then().statusCode(200).body("$", hasSize(1));

        // the same key with another file is a mistake of the client, not a second photo
        upload(f.leadSecretary(), activity, key, "other.jpg", image("jpg", 320, 240)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        // another key is another photo; no key at all too
        upload(f.leadSecretary(), activity, UUID.randomUUID().toString(), "heying.jpg", jpeg).then().statusCode(201);
        upload(f.leadSecretary(), activity, null, "heying.jpg", jpeg).then().statusCode(201);
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos")
                .then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    void twoUploadsWithTheSameKeyAtOnceStoreOnePhoto() throws Exception {
        Fixtures f = Fixtures.activePairing();
        String activity = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        byte[] png = image("png", 1600, 1200);
        String key = "retry-" + UUID.randomUUID();
        String token = f.leadSecretary();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> upload(token, activity, key, "heying.png", png)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<io.restassured.response.Response> answer : sent) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                ids.add(answer.get().path("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos")
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void anIdempotencyKeyThatIsNoKeyIsRefusedNamingTheHeader() throws IOException {
        Fixtures f = Fixtures.activePairing();
        String activity = f.scheduled("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        upload(f.leadSecretary(), activity, "x".repeat(256), "a.jpg", image("jpg", 100, 100)).then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        upload(f.leadSecretary(), activity, "two words", "a.jpg", image("jpg", 100, 100)).then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        given().header("Authorization", f.admin()).get("/api/activities/" + activity + "/photos").then().body("$", hasSize(0));
    }

    private static io.restassured.response.Response upload(String token, String activity, String key, String name, byte[] content) {
        io.restassured.specification.RequestSpecification request = given().header("Authorization", token)
                .multiPart("file", name, content, "application/octet-stream");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/activities/" + activity + "/photos");
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 16, 46));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
