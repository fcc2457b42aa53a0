package org.gongjian.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registered names closest to each name of a whole sheet, as {@link Duplicates#similarNames} finds them one by one
 * with {@code pg_trgm}'s {@code %} operator, in one pass: the trigrams of the district's active organizations and of
 * the sheet's names come from PostgreSQL ({@code show_trgm}, the same sets {@code similarity()} compares), and the
 * pairs reaching the threshold are found here by prefix filtering (two sets this similar share one of their rarest
 * trigrams), then compared exactly as {@code similarity()} does: shared / (all of both − shared), in single precision.
 * <p>
 * Asking the trigram index once per row costs a walk of the posting lists of the trigrams that every name shares
 * (党支部, 有限公…) for every row: thousands of rows into a district of thousands took minutes on a busy machine.
 */
@ApplicationScoped
public class CloseNames {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many registered names per name, the closest first (as {@link Duplicates#similarNames}). */
    private static final int CLOSEST = 3;

    private final EntityManager entityManager;
    private final Duplicates duplicates;

    /** The threshold is {@link Duplicates}', so that a sheet's names and a form's are held to the same one. */
    CloseNames(EntityManager entityManager, Duplicates duplicates) {
        this.entityManager = entityManager;
        this.duplicates = duplicates;
    }

    private record Registered(UUID id, String name, long registeredAt, int[] grams) {
    }

    /** Per name, the active organizations of the district closest to it (at most three), most similar first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, List<Duplicates.SimilarName>> of(String district, Collection<String> names) {
        Map<String, List<Duplicates.SimilarName>> found = new HashMap<>();
        double threshold = duplicates.similarNameThreshold();
        if (names.isEmpty() || threshold <= 0) {
            return found;
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Registered> registered = new ArrayList<>();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, name, CAST(extract(epoch FROM created_at) * 1000000 AS bigint), array_to_string(show_trgm(name), ',')
                FROM organization
                WHERE district = :district AND status = 'ACTIVE'""", Object[].class)
                .setParameter("district", district)
                .getResultList();
        for (Object[] row : rows) {
            registered.add(new Registered((UUID) row[0], (String) row[1], ((Number) row[2]).longValue(),
                    grams((String) row[3], ids)));
        }
        if (registered.isEmpty()) {
            return found;
        }
        List<Object[]> sheet = entityManager.createNativeQuery("""
                SELECT n.name, array_to_string(show_trgm(n.name), ',')
                FROM jsonb_array_elements_text(CAST(:names AS jsonb)) AS n(name)""", Object[].class)
                .setParameter("names", json(names))
                .getResultList();
        Map<String, int[]> sheetGrams = new HashMap<>();
        for (Object[] row : sheet) {
            sheetGrams.put((String) row[0], grams((String) row[1], ids));
        }

        // the order in which prefixes are taken: rarest trigram of the register first
        int[] frequency = new int[ids.size()];
        registered.forEach(organization -> Arrays.stream(organization.grams()).forEach(gram -> frequency[gram]++));
        Comparator<Integer> rarestFirst = Comparator.<Integer>comparingInt(gram -> frequency[gram]).thenComparingInt(gram -> gram);
        double bound = threshold - 1e-6;
        List<List<Integer>> postings = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            postings.add(new ArrayList<>());
        }
        for (int r = 0; r < registered.size(); r++) {
            int[] prefix = prefix(registered.get(r).grams(), rarestFirst, bound);
            for (int gram : prefix) {
                postings.get(gram).add(r);
            }
        }

        int[] seen = new int[registered.size()];
        Arrays.fill(seen, -1);
        int stamp = 0;
        for (Map.Entry<String, int[]> entry : sheetGrams.entrySet()) {
            int[] grams = entry.getValue();
            stamp++;
            List<Duplicates.SimilarName> close = new ArrayList<>();
            List<Long> registeredAt = new ArrayList<>();
            for (int gram : prefix(grams, rarestFirst, bound)) {
                for (int r : postings.get(gram)) {
                    if (seen[r] == stamp) {
                        continue;
                    }
                    seen[r] = stamp;
                    Registered candidate = registered.get(r);
                    float similarity = similarity(grams, candidate.grams());
                    if (similarity >= threshold) {
                        close.add(new Duplicates.SimilarName(candidate.id(), candidate.name(), similarity));
                        registeredAt.add(candidate.registeredAt());
                    }
                }
            }
            if (!close.isEmpty()) {
                found.put(entry.getKey(), closest(close, registeredAt));
            }
        }
        return found;
    }

    /** Most similar first, then the earlier registered, as {@code ORDER BY similarity DESC, created_at}. */
    private static List<Duplicates.SimilarName> closest(List<Duplicates.SimilarName> close, List<Long> registeredAt) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < close.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -close.get(i).similarity())
                .thenComparing(i -> registeredAt.get(i))
                .thenComparing(i -> close.get(i).id()));
        return order.stream().limit(CLOSEST).map(close::get).toList();
    }

    /**
     * The rarest trigrams of a set that any set at least {@code bound} similar must share one of: all but the
     * {@code ⌈bound·n⌉ − 1} most frequent.
     */
    private static int[] prefix(int[] grams, Comparator<Integer> rarestFirst, double bound) {
        int length = grams.length - (int) Math.ceil(bound * grams.length) + 1;
        return Arrays.stream(grams).boxed().sorted(rarestFirst).limit(Math.max(0, length)).mapToInt(Integer::intValue).toArray();
    }

    /** {@code pg_trgm}'s {@code similarity()}: shared trigrams over the trigrams of both, in single precision. */
    static float similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0f;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (float) shared / (float) (a.length + b.length - shared);
    }

    /** The distinct trigrams of a name as ascending numbers ({@code show_trgm} lists them joined by commas). */
    private static int[] grams(String shown, Map<String, Integer> ids) {
        if (shown == null || shown.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(shown.split(",", -1)).distinct()
                .mapToInt(gram -> ids.computeIfAbsent(gram, key -> ids.size())).sorted().toArray();
    }

    private static String json(Collection<String> texts) {
        try {
            return JSON.writeValueAsString(texts.stream().distinct().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
