package org.gongjian.pairing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The committee's evaluation of a pairing over a period: a weighted score, its parts and a rating. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "pairing_id")
    public UUID pairingId;
    public String district;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public double score;
    public String rating;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScorePart> parts = new ArrayList<>();
    @Column(name = "lead_rating")
    public int leadRating;
    @Column(name = "partner_rating")
    public int partnerRating;
    public String remarks;
    @Column(name = "evaluated_at")
    public Instant evaluatedAt;
    @Column(name = "evaluated_by")
    public String evaluatedBy;
}
