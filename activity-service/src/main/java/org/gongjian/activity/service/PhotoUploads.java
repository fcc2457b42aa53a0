package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.ActivityPhoto;
import org.gongjian.rest.Message;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of a photo upload: a phone that lost the answer to an upload sends it again with the same
 * key and gets the photo the first request made, never a second copy.
 */
@ApplicationScoped
public class PhotoUploads {

    private static final Texts TEXTS = Texts.of("activity");

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager entityManager;

    PhotoUploads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The key as sent, or null when none was; 400 naming the header when it is not 1–255 visible ASCII characters. */
    public static String key(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, TEXTS.message("photo.key-format"));
        }
        return key;
    }

    /**
     * The photo an earlier upload with this key made. Uploads with the same key wait for each other here (a lock held
     * until the transaction ends), so two at once store one photo.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ActivityPhoto> earlier(UUID activityId, String key) {
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0))) AS locked")
                .setParameter("lock", "activity-photo:" + activityId + ":" + key).getSingleResult();
        return ActivityPhoto.<ActivityPhoto>find("activityId = ?1 and idempotencyKey = ?2", activityId, key)
                .firstResultOptional();
    }

    /** The earlier photo, when this upload carries the same content; 422 when the key is reused for another file. */
    static ActivityPhoto sameContent(ActivityPhoto earlier, String digest) {
        if (!digest.equals(earlier.contentSha256)) {
            throw new ProblemException(422, "validation", (Message) null,
                    List.of(new ProblemException.Field(HEADER, TEXTS.message("photo.key-reused"))));
        }
        return earlier;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
