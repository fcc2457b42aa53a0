package org.gongjian.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.domain.NoticeType;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Title and body of a notice in a language: Qute templates kept as short strings in the {@code notification-texts}
 * bundle ({@code notification-texts.properties} zh-CN, {@code notification-texts_en.properties} English), e.g.
 * {@code pairing-activated.title=结对共建“{title}”已正式启动}.
 */
@ApplicationScoped
public class NoticeTexts {

    private static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Texts TEXTS = Texts.of("notification");

    private final Engine engine;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    NoticeTexts(Engine engine) {
        this.engine = engine;
    }

    public Text render(NoticeType type, String language, Map<String, Object> data) {
        Map<String, Object> values = new HashMap<>();
        data.forEach((name, value) -> values.put(name, value instanceof OffsetDateTime time
                ? TIME.format(time.atZoneSameInstant(LOCAL_TIME)) : value));
        return new Text(template(type, language, "title").data(values).render().strip(),
                template(type, language, "body").data(values).render().strip());
    }

    /** Any other text of the bundle, e.g. a line of the daily digest ({@code digest.overdue.line}). */
    public String line(String language, String key, Map<String, Object> data) {
        return template(language, key).data(data).render().strip();
    }

    private Template template(NoticeType type, String language, String part) {
        return template(language, type.bundleKey() + "." + part);
    }

    private Template template(String language, String key) {
        return parsed.computeIfAbsent(language + ":" + key, ignored -> engine.parse(
                TEXTS.pattern(Languages.of(language), key)));
    }

    public record Text(String title, String body) {
    }
}
