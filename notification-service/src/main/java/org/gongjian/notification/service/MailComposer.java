package org.gongjian.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Notice;

import java.time.Clock;
import java.util.Map;

/**
 * A notice's e-mail: subject = the notice title (encoded by the mailer as RFC 2047 UTF-8), HTML and plain-text bodies
 * from the Qute templates {@code mail/notice-<language>.html|txt}, with a signed acknowledgement link when the notice
 * asks for a receipt.
 */
@ApplicationScoped
public class MailComposer {

    private final Engine engine;
    private final ReceiptTokens tokens;
    private final NotificationConfig config;
    private final Clock clock;

    MailComposer(Engine engine, ReceiptTokens tokens, NotificationConfig config, Clock clock) {
        this.engine = engine;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Mail compose(DeliveryQueue.Claimed delivery) {
        Notice notice = Notice.findById(delivery.noticeId());
        String link = notice.receiptRequired ? receiptLink(notice) : "";
        Map<String, Object> data = Map.of("title", notice.title, "body", notice.body,
                "name", notice.recipientName == null ? "" : notice.recipientName, "link", link);
        String template = "mail/notice-" + notice.language;
        return Mail.withHtml(addressee(notice.recipientName, delivery.address()), notice.title,
                        engine.getTemplate(template + ".html").data(data).render())
                .setText(engine.getTemplate(template + ".txt").data(data).render())
                .setFrom(config.mailFrom());
    }

    /** {@code 王晓红 <wang@example.cn>}: the mailer encodes the name (RFC 2047) as it does the subject. */
    private static String addressee(String name, String address) {
        String display = name == null ? "" : name.replaceAll("[\"<>,;\\r\\n]", "").strip();
        return display.isEmpty() ? address : display + " <" + address + ">";
    }

    private String receiptLink(Notice notice) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        return base + "/r/" + tokens.sign(notice.id, notice.recipientKey, clock.instant());
    }
}
