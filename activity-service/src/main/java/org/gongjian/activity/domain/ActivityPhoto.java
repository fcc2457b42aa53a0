package org.gongjian.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A photo of an activity: its metadata and thumbnail; the content lives behind {@code PhotoStore}. */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "activity_id")
    public UUID activityId;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long size;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Basic(fetch = FetchType.LAZY)
    public byte[] thumbnail;
    /** The client's key for this upload; a repeat with the same key answers this photo again. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "content_sha256")
    public String contentSha256;
}
