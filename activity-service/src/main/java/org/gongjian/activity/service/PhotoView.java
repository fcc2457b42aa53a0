package org.gongjian.activity.service;

import org.gongjian.activity.domain.ActivityPhoto;

import java.time.Instant;
import java.util.UUID;

/** A photo's metadata as read. */
public record PhotoView(UUID id, UUID activityId, String contentType, long size, String fileName, Instant uploadedAt) {

    static PhotoView of(ActivityPhoto photo) {
        return new PhotoView(photo.id, photo.activityId, photo.contentType, photo.size, photo.fileName, photo.uploadedAt);
    }
}
