package org.gongjian.activity.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Photo content in PostgreSQL, as 256 KiB chunks in {@code photo_chunk}: an upload is read from its temporary file one
 * chunk at a time and a download fetches one chunk at a time, so memory stays flat whatever the photo's size.
 */
@ApplicationScoped
public class PostgresPhotoStore implements PhotoStore {

    static final int CHUNK = 256 * 1024;

    private final AgroalDataSource dataSource;

    PostgresPhotoStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(UUID photoId, Path file) throws IOException {
        // Inside a JTA transaction the connection is enlisted: the chunks commit with the photo's metadata.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO photo_chunk (photo_id, seq, data) VALUES (?, ?, ?)");
                InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                insert.setObject(1, photoId);
                insert.setInt(2, seq++);
                insert.setBinaryStream(3, new java.io.ByteArrayInputStream(buffer, 0, read), read);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IOException("Could not store photo " + photoId, e);
        }
    }

    @Override
    public void copyTo(UUID photoId, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT data FROM photo_chunk WHERE photo_id = ? AND seq = ?")) {
            for (int seq = 0; ; seq++) {
                select.setObject(1, photoId);
                select.setInt(2, seq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read photo " + photoId, e);
        }
    }

    @Override
    public void delete(UUID photoId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM photo_chunk WHERE photo_id = ?")) {
            delete.setObject(1, photoId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Could not delete photo " + photoId, e));
        }
    }
}
