package org.gongjian.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** Who came from one organization: full members, probationary members, others (staff, residents). */
@Embeddable
public class AttendanceCount {

    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "full_members")
    public int full;
    public int probationary;
    public int others;

    protected AttendanceCount() {
    }

    public AttendanceCount(UUID organizationId, int full, int probationary, int others) {
        this.organizationId = organizationId;
        this.full = full;
        this.probationary = probationary;
        this.others = others;
    }

    public AttendanceCount plus(AttendanceCount other) {
        return new AttendanceCount(null, full + other.full, probationary + other.probationary, others + other.others);
    }
}
