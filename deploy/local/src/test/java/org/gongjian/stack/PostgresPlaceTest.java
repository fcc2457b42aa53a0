package org.gongjian.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresPlaceTest {

    private final StackConfig config = StackConfig.builder(Path.of("/root/gongjian")).build();

    @Test
    void aNormalUserKeepsPostgresInTheStacksOwnFolders() {
        PostgresPlace place = PostgresPlace.of(config, false);

        assertEquals(config.dataDir("postgres"), place.dataDir());
        assertEquals(config.distDir().resolve("postgres"), place.binaryParent());
        assertNull(place.runAs());
        assertFalse(place.isOutsideStack());
    }

    @Test
    void rootRunsPostgresAsNobodyOutsideTheCheckoutSoAClosedFolderNeedNotBeOpened() {
        PostgresPlace place = PostgresPlace.of(config, true);

        assertEquals("nobody", place.runAs());
        for (Path p : new Path[] {place.dataDir(), place.binaryParent(), place.logFile(), place.workDir()}) {
            assertTrue(p.startsWith(PostgresPlace.SYSTEM_ROOT), p + " is outside " + PostgresPlace.SYSTEM_ROOT);
            assertFalse(p.startsWith(Path.of("/root")), p + " is under the checkout");
        }
        assertTrue(place.isOutsideStack());
    }

    @Test
    void twoStacksAsRootNeverShareADataDirectory() {
        StackConfig other = config.toBuilder().baseDir(Path.of("/srv/other/.data")).build();

        assertNotEquals(PostgresPlace.of(config, true).dataDir(), PostgresPlace.of(other, true).dataDir());
    }
}
