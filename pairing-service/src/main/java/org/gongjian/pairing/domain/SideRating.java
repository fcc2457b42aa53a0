package org.gongjian.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.UUID;

/** One member organization's rating (1–5) of the other side of its pairing, given by its secretary. */
@Embeddable
public class SideRating {

    /** The lead side rates the partners; a partner rates the lead side. */
    public enum Side { LEAD, PARTNER }

    @Column(name = "organization_id")
    public UUID organizationId;
    @Enumerated(EnumType.STRING)
    public Side side;
    public int rating;
    public String remarks;
    @Column(name = "rated_by")
    public String ratedBy;
    @Column(name = "rated_at")
    public Instant ratedAt;

    public SideRating() {
    }

    public SideRating(UUID organizationId, Side side, int rating, String remarks, String ratedBy, Instant ratedAt) {
        this.organizationId = organizationId;
        this.side = side;
        this.rating = rating;
        this.remarks = remarks;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }
}
