package org.gongjian.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LocalStackLogsTest {

    @Test
    void theComponentsLogsAreCopiedOutReplacingEarlierCopies(@TempDir Path tmp) throws IOException {
        List<String> said = new ArrayList<>();
        StackConfig config = StackConfig.forTests(tmp, tmp.resolve("stack")).toBuilder().out(said::add).build();
        Files.createDirectories(config.logFile(Kafka.NAME).getParent());
        Files.writeString(config.logFile(Kafka.NAME), "started");
        Files.writeString(config.logFile(Postgres.NAME), "ready");
        Path target = Files.createDirectories(tmp.resolve("copied"));
        Files.writeString(target.resolve(Kafka.NAME + ".log"), "an earlier run");

        LocalStack.of(config).copyLogs(target);

        assertEquals("started", Files.readString(target.resolve(Kafka.NAME + ".log")));
        assertEquals("ready", Files.readString(target.resolve(Postgres.NAME + ".log")));
        assertEquals(List.of("logs copied to " + target), said);
    }

    @Test
    void aStackThatWroteNoLogsLeavesNothing(@TempDir Path tmp) {
        List<String> said = new ArrayList<>();
        StackConfig config = StackConfig.forTests(tmp, tmp.resolve("stack")).toBuilder().out(said::add).build();
        Path target = tmp.resolve("copied");

        LocalStack.of(config).copyLogs(target);

        assertFalse(Files.exists(target));
        assertEquals(List.of(), said);
    }
}
