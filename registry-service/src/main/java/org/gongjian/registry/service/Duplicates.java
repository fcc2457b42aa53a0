package org.gongjian.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps one enterprise from being registered twice in a district, and points out names that are very close to one
 * already registered.
 * <p>
 * A credit code names the host unit, and an enterprise's committee and its branches share it: an organization whose
 * parent holds the same code is part of that enterprise, not a second registration of it. So the organizations that
 * stand for an enterprise are the active ones holding its code whose parent does not; registering another such one
 * is refused. Dissolved organizations do not count: an enterprise may found its party organization anew.
 * <p>
 * Names are compared by trigram similarity ({@code pg_trgm}, already used for the name search; the database has a
 * UTF-8 locale, so Chinese names yield trigrams).
 */
@ApplicationScoped
public class Duplicates {

    /** The lock that serializes checks and inserts of credit codes within a district (first key of the pair). */
    private static final int CREDIT_CODE_LOCK = 0x67_6A_63_63;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;
    private final double threshold;

    /** {@code threshold}: names at least this similar (0..1) to a registered one are accepted with a warning. */
    Duplicates(EntityManager entityManager,
            @ConfigProperty(name = "gongjian.registry.similar-name-threshold", defaultValue = "0.6") double threshold) {
        this.entityManager = entityManager;
        this.threshold = threshold;
    }

    /** How similar a name must be to a registered one to count as close ({@code similar-name-threshold}). */
    double similarNameThreshold() {
        return threshold;
    }

    /** An organization already on the register. */
    public record Existing(UUID id, String name) {
    }

    /** An organization whose name is close to the one given; {@code similarity} from 0 to 1. */
    public record SimilarName(UUID id, String name, double similarity) {
    }

    /**
     * Holds, until the transaction ends, the district's lock on credit codes, so that two registrations of the same
     * code cannot both pass the check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCreditCodes(String district) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key, hashtext(:district))")
                .setParameter("key", CREDIT_CODE_LOCK)
                .setParameter("district", district)
                .getSingleResult();
    }

    /**
     * The organization that already stands for the enterprise with this credit code, unless the one being registered
     * (or changed: {@code self}, else {@code null}) sits under a parent with the same code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Existing> sameCreditCode(String district, String creditCode, UUID parentId, UUID self) {
        if (creditCode == null || parentHolds(parentId, creditCode)) {
            return Optional.empty();
        }
        return Optional.ofNullable(standingFor(district, List.of(creditCode), self).get(creditCode));
    }

    /** Per credit code, the organization that stands for that enterprise in the district, other than {@code self}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Existing> standingFor(String district, Collection<String> creditCodes, UUID self) {
        Map<String, Existing> found = new HashMap<>();
        if (creditCodes.isEmpty()) {
            return found;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT CAST(o.credit_code AS text), o.id, o.name FROM organization o
                LEFT JOIN organization p ON p.id = o.parent_id
                WHERE o.district = :district AND o.status = 'ACTIVE' AND o.credit_code IN (SELECT jsonb_array_elements_text(CAST(:codes AS jsonb)))
                  AND p.credit_code IS DISTINCT FROM o.credit_code AND o.id IS DISTINCT FROM CAST(:self AS uuid)
                ORDER BY o.created_at""", Object[].class)
                .setParameter("district", district)
                .setParameter("codes", json(creditCodes))
                .setParameter("self", self == null ? null : self.toString())
                .getResultList();
        for (Object[] row : rows) {
            found.putIfAbsent((String) row[0], new Existing((UUID) row[1], (String) row[2]));
        }
        return found;
    }

    /** Whether the parent of an organization holds this credit code: it then belongs to the same enterprise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean parentHolds(UUID parentId, String creditCode) {
        if (parentId == null) {
            return false;
        }
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT 1 FROM organization WHERE id = :parent AND credit_code = :code")
                .setParameter("parent", parentId)
                .setParameter("code", creditCode)
                .getResultList();
        return !rows.isEmpty();
    }

    /** The credit codes of these organizations, by id; those without one are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, String> creditCodesOf(Collection<UUID> ids) {
        Map<UUID, String> codes = new HashMap<>();
        if (ids.isEmpty()) {
            return codes;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, CAST(credit_code AS text) FROM organization
                WHERE credit_code IS NOT NULL AND id IN (SELECT CAST(jsonb_array_elements_text(CAST(:ids AS jsonb)) AS uuid))""",
                        Object[].class)
                .setParameter("ids", json(ids.stream().map(UUID::toString).toList()))
                .getResultList();
        rows.forEach(row -> codes.put((UUID) row[0], (String) row[1]));
        return codes;
    }

    /** The active organizations of the district whose names are closest to this one, most similar first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SimilarName> similarNames(String district, String name, UUID self) {
        return similarNames(district, List.of(name), self).getOrDefault(name, List.of());
    }

    /** Per name, the active organizations of the district closest to it (at most three each), most similar first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, List<SimilarName>> similarNames(String district, Collection<String> names, UUID self) {
        Map<String, List<SimilarName>> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        entityManager.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .setParameter("threshold", Double.toString(threshold))
                .getSingleResult();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT n.name, s.id, s.name, s.similarity FROM jsonb_array_elements_text(CAST(:names AS jsonb)) AS n(name)
                CROSS JOIN LATERAL (
                    SELECT o.id, o.name, similarity(o.name, n.name) AS similarity FROM organization o
                    WHERE o.district = :district AND o.status = 'ACTIVE' AND o.name % n.name
                      AND o.id IS DISTINCT FROM CAST(:self AS uuid)
                    ORDER BY similarity DESC, o.created_at LIMIT 3) s""", Object[].class)
                .setParameter("names", json(names))
                .setParameter("district", district)
                .setParameter("self", self == null ? null : self.toString())
                .getResultList();
        for (Object[] row : rows) {
            found.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                    .add(new SimilarName((UUID) row[1], (String) row[2], ((Number) row[3]).doubleValue()));
        }
        return found;
    }

    private static String json(Collection<String> texts) {
        try {
            return JSON.writeValueAsString(texts.stream().distinct().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
