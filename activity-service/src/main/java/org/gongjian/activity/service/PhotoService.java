package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.ActivityPhoto;
import org.gongjian.activity.domain.ImageType;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Photos of an activity: checked by content, stored behind {@link PhotoStore}, with a thumbnail. */
@ApplicationScoped
public class PhotoService {

    private static final Texts TEXTS = Texts.of("activity");

    private final Scope scope;
    private final PhotoStore store;
    private final Thumbnails thumbnails;
    private final ActivityConfig config;
    private final Clock clock;
    private final PhotoUploads uploads;

    PhotoService(Scope scope, PhotoStore store, Thumbnails thumbnails, ActivityConfig config, Clock clock,
            PhotoUploads uploads) {
        this.scope = scope;
        this.store = store;
        this.thumbnails = thumbnails;
        this.config = config;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** @param replayed the photo an earlier upload with the same key made */
    public record Stored(PhotoView photo, boolean replayed) {
    }

    /**
     * Stores a photo. With an idempotency key, a repeat of an upload (the same key for the same activity) stores nothing
     * and answers the photo the first one made; the same key with other content is refused (422).
     */
    @Transactional
    @WithSpan
    public Stored upload(UUID activityId, Path file, String fileName, String idempotencyKey) {
        Activity activity = scope.readableActivity(activityId);
        scope.requireOrganizer(PairingView.findById(activity.pairingId));
        String digest = idempotencyKey == null ? null : PhotoUploads.sha256(file);
        if (idempotencyKey != null) {
            Optional<ActivityPhoto> earlier = uploads.earlier(activityId, idempotencyKey);
            if (earlier.isPresent()) {
                return new Stored(PhotoView.of(PhotoUploads.sameContent(earlier.get(), digest)), true);
            }
        }
        activity.requirePhotosAllowed();
        try {
            long size = Files.size(file);
            if (size > config.photos().maxBytes()) {
                throw new ProblemException(413, "too-large", TEXTS.message("photo.too-large", config.photos().maxBytes()));
            }
            if (ActivityPhoto.count("activityId", activityId) >= config.photos().maxPerActivity()) {
                throw ProblemException.conflict(TEXTS.message("photo.too-many", config.photos().maxPerActivity()));
            }
            ImageType type = detect(file);
            ActivityPhoto photo = new ActivityPhoto();
            photo.id = UUID.randomUUID();
            photo.activityId = activityId;
            photo.contentType = type.mediaType();
            photo.size = size;
            photo.fileName = fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length()));
            photo.uploadedBy = scope.caller().username();
            // to the microsecond, as PostgreSQL keeps it: a replayed upload answers exactly what the first one did
            photo.uploadedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            photo.thumbnail = thumbnails.of(file, type).orElse(null);
            photo.idempotencyKey = idempotencyKey;
            photo.contentSha256 = digest;
            photo.persist();
            store.put(photo.id, file);
            return new Stored(PhotoView.of(photo), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @WithSpan
    public List<PhotoView> list(UUID activityId) {
        scope.readableActivity(activityId);
        return ActivityPhoto.<ActivityPhoto>list("activityId = ?1 order by uploadedAt, id", activityId).stream()
                .map(PhotoView::of).toList();
    }

    @Transactional
    @WithSpan
    public PhotoView photo(UUID activityId, UUID photoId) {
        return PhotoView.of(find(activityId, photoId));
    }

    private ActivityPhoto find(UUID activityId, UUID photoId) {
        scope.readableActivity(activityId);
        ActivityPhoto photo = ActivityPhoto.findById(photoId);
        if (photo == null || !photo.activityId.equals(activityId)) {
            throw ProblemException.notFound("Photo", photoId);
        }
        return photo;
    }

    /** The thumbnail bytes, or empty when the format has none (then the photo itself serves). */
    @Transactional
    @WithSpan
    public byte[] thumbnail(UUID activityId, UUID photoId) {
        return find(activityId, photoId).thumbnail;
    }

    /** Streams the content; called after {@link #photo} has checked scope. */
    @WithSpan
    public void copyTo(UUID photoId, java.io.OutputStream out) throws IOException {
        store.copyTo(photoId, out);
    }

    @Transactional
    @WithSpan
    public void delete(UUID activityId, UUID photoId) {
        ActivityPhoto photo = find(activityId, photoId);
        Activity activity = Activity.findById(activityId);
        scope.requireOrganizer(PairingView.findById(activity.pairingId));
        photo.delete();
        store.delete(photoId);
    }

    private static ImageType detect(Path file) throws IOException {
        byte[] head = new byte[ImageType.SIGNATURE_LENGTH];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return ImageType.detect(head, read).orElseThrow(() -> new ProblemException(415, "unsupported-media-type",
                TEXTS.message("photo.not-an-image")));
    }
}
