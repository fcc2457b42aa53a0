package org.gongjian.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The e-mails GreenMail received for one address, read over its REST API ({@code stack.mailApiUrl()}). */
public final class Mailbox {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One received e-mail: its subject and its text (the plain part, else the HTML part). */
    public record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    public static List<Mail> of(String address) {
        String url = PlatformStack.stack().mailApiUrl() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/INBOX";
        HttpResponse<String> r;
        try {
            r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("GreenMail API " + url + ": " + e, e);
        }
        if (r.statusCode() == 404 || r.statusCode() == 400) {
            return List.of(); // no mailbox yet: no mail received
        }
        if (r.statusCode() != 200) {
            throw new AssertionError("GreenMail API " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode m : Json.read(r.body())) {
            mails.add(parse(m));
        }
        return mails;
    }

    private static Mail parse(JsonNode message) {
        String raw = message.path("mimeMessage").asText("");
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return new Mail(mime.getSubject(), text(mime.getContent()));
        } catch (Exception e) {
            return new Mail(message.path("subject").asText(), raw);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
