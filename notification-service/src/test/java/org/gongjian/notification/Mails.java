package org.gongjian.notification;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.util.ArrayList;
import java.util.List;

/** The decoded parts of a received e-mail. */
public final class Mails {

    private Mails() {
    }

    /** Each text part as {@code <content type>\n<decoded text>}. */
    public static List<String> textParts(Part part) {
        try {
            List<String> parts = new ArrayList<>();
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    parts.addAll(textParts(multipart.getBodyPart(i)));
                }
            } else if (content instanceof String text) {
                parts.add(part.getContentType() + "\n" + text);
            }
            return parts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
