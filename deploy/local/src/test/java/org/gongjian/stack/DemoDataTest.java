package org.gongjian.stack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    @Test
    void theScenarioHasNineOrganAndTwelveEnterpriseOrganizations() {
        assertEquals(21, Seed004.ORGANIZATIONS.size());
        assertEquals(9, Seed004.ORGANIZATIONS.stream().filter(o -> !o.enterprise()).count());
        assertEquals(12, Seed004.ORGANIZATIONS.stream().filter(Seed004.Org::enterprise).count());
        assertEquals(21, Seed004.ORGANIZATIONS.stream().map(Seed004.Org::name).distinct().count());
    }

    @Test
    void pairingsCoverEveryEnterpriseAndOneIsAnAllianceOfThree() {
        Set<String> partners = Seed004.PAIRINGS.stream().flatMap(p -> p.partners().stream()).collect(Collectors.toSet());
        Set<String> enterprises = Seed004.ORGANIZATIONS.stream().filter(Seed004.Org::enterprise)
                .map(Seed004.Org::key).collect(Collectors.toSet());
        assertEquals(enterprises, partners);
        List<Seed004.PairingSeed> alliances = Seed004.PAIRINGS.stream().filter(p -> p.type().equals("ALLIANCE")).toList();
        assertEquals(1, alliances.size());
        assertEquals(3, 1 + alliances.getFirst().partners().size());
        Set<String> leads = new HashSet<>();
        Seed004.PAIRINGS.forEach(p -> leads.add(p.lead()));
        assertEquals(9, leads.size(), "every organ organization leads one pairing");
    }

    @Test
    void creditCodesCarryValidCheckCharacters() {
        // a published code, to pin the algorithm (Shenzhen Tencent Computer Systems Co., Ltd.)
        assertEquals('G', Seed004.gb32100Check("9144030071526726X"));
        assertEquals('X', Seed004.gb11714Check("71526726"));
        for (Seed004.Org org : Seed004.ORGANIZATIONS) {
            String code = Seed004.creditCode(org);
            assertEquals(18, code.length(), code);
            assertEquals(code.charAt(17), Seed004.gb32100Check(code.substring(0, 17)), code);
            assertEquals(code.charAt(16), Seed004.gb11714Check(code.substring(8, 16)), code);
            assertTrue(code.startsWith(org.enterprise() ? "91" : "11"), code);
        }
    }
}
