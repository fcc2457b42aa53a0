package org.gongjian.pairing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The evaluation of a pairing over a period: a weighted score, its parts and a rating. A draft collects each
 * member organization's rating of the other side; the committee finalizes it, and only final ones are ranked.
 * Evaluations recorded before the sides rated (the committee typed both ratings) are final with no side ratings.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    private static final Texts TEXTS = Texts.of("pairing");

    public enum Status { DRAFT, FINAL }

    /** Who opened it: the committee, or the term-end / year-end job. */
    public enum Origin { COMMITTEE, TERM_END, YEAR_END }

    @Id
    public UUID id;
    @Column(name = "pairing_id")
    public UUID pairingId;
    public String district;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public double score;
    public String rating;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScorePart> parts = new ArrayList<>();
    /** The lead side's rating of the partners (1–5); null until it rated. */
    @Column(name = "lead_rating")
    public Integer leadRating;
    /** The partners' rating of the lead side (1–5, their mean rounded); null until one rated. */
    @Column(name = "partner_rating")
    public Integer partnerRating;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_rating", joinColumns = @JoinColumn(name = "evaluation_id"))
    public List<SideRating> sideRatings = new ArrayList<>();
    public String remarks;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "evaluated_at")
    public Instant evaluatedAt;
    @Column(name = "evaluated_by")
    public String evaluatedBy;
    @Column(name = "finalized_at")
    public Instant finalizedAt;
    @Column(name = "finalized_by")
    public String finalizedBy;
    @Version
    public long version;

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public Optional<SideRating> ratingBy(UUID organizationId) {
        return sideRatings.stream().filter(r -> r.organizationId.equals(organizationId)).findFirst();
    }

    /** Records (or replaces) one organization's rating of the other side; refused once the evaluation is final. */
    public void rate(SideRating rating) {
        if (!isDraft()) {
            throw RuleViolation.conflict(TEXTS.message("evaluation.ratings-final"));
        }
        sideRatings.removeIf(r -> r.organizationId.equals(rating.organizationId));
        sideRatings.add(rating);
        leadRating = mean(SideRating.Side.LEAD).isPresent() ? (int) Math.round(mean(SideRating.Side.LEAD).getAsDouble()) : null;
        partnerRating = mean(SideRating.Side.PARTNER).isPresent()
                ? (int) Math.round(mean(SideRating.Side.PARTNER).getAsDouble()) : null;
    }

    /** The mean of the ratings given by one side, exact (an alliance's partners may rate 4 and 5). */
    public OptionalDouble mean(SideRating.Side side) {
        return sideRatings.stream().filter(r -> r.side == side).mapToInt(r -> r.rating).average();
    }
}
