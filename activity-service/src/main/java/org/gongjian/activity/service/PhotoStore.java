package org.gongjian.activity.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where photo content lives. The PostgreSQL implementation keeps chunks in the service's database; an object storage
 * (S3, MinIO) implementation can replace it without touching the rest. Content is streamed both ways, never held whole.
 */
public interface PhotoStore {

    /** Stores the file's content under the id, within the current transaction where the store supports one. */
    void put(UUID photoId, Path file) throws IOException;

    /** Writes the content to the stream, chunk by chunk. */
    void copyTo(UUID photoId, OutputStream out) throws IOException;

    void delete(UUID photoId);
}
