package org.gongjian.e2e.support;

import org.gongjian.stack.DemoData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.stack.Seed004;

/**
 * What the district scenario created, for the classes that run after it (the walls, the web app): organization
 * ids by their key in {@link DemoData}, pairing ids by their lead's key, and the activities and demand.
 */
public final class World {

    public static final Map<String, String> ORGANIZATIONS = new LinkedHashMap<>();
    public static final Map<String, String> PAIRINGS_BY_LEAD = new LinkedHashMap<>();
    public static final Map<String, String> ACTIVITIES = new LinkedHashMap<>();
    public static String demandId;
    public static boolean scenarioCompleted;

    private World() {
    }

    public static String org(String key) {
        String id = ORGANIZATIONS.get(key);
        if (id == null) {
            throw new AssertionError("the district scenario registered no organization '" + key
                    + "' (it runs first; see its failure)");
        }
        return id;
    }

    public static String pairingLedBy(String leadKey) {
        String id = PAIRINGS_BY_LEAD.get(leadKey);
        if (id == null) {
            throw new AssertionError("the district scenario proposed no pairing led by '" + leadKey
                    + "' (it runs first; see its failure)");
        }
        return id;
    }

    /** The scenario pairing an organization is in (each enterprise is in exactly one). */
    public static Seed004.PairingSeed pairingOf(String orgKey) {
        return Seed004.PAIRINGS.stream()
                .filter(p -> p.lead().equals(orgKey) || p.partners().contains(orgKey))
                .findFirst().orElseThrow();
    }

    public static List<String> membersOf(Seed004.PairingSeed p) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(p.lead()), p.partners().stream()).toList();
    }

    public static Optional<Seed004.Org> organization(String key) {
        return Seed004.ORGANIZATIONS.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
