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

    /** People of one kind from one organization, at most: a plausible count, far from overflowing any sum. */
    public static final int MAX = 100_000;

    /** The people of several organizations together, summed as {@code long}. */
    public record Totals(long full, long probationary, long others) {

        public static final Totals NONE = new Totals(0, 0, 0);

        public Totals plus(AttendanceCount count) {
            return new Totals(full + count.full, probationary + count.probationary, others + count.others);
        }

        public Totals times(int sign) {
            return new Totals(sign * full, sign * probationary, sign * others);
        }
    }
}
