package org.gongjian.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack of tests, free when chosen and outside the kernel's ephemeral range. A port from
 * {@code new ServerSocket(0)} lies inside that range, and in the minute between choosing it and a server binding
 * it, an outgoing connection of the stack itself (a Kafka client, a JDBC pool) may take it as its local port.
 * Ports below the range are never handed out that way.
 */
final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 20000;
    /** Ports of the fixed one-machine stack that fall in the range this class draws from. */
    private static final Set<Integer> FIXED_STACK_PORTS = Set.of(15432, 19092, 19093);
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port that no one listens on, not handed out before by this JVM, below the ephemeral range. */
    static synchronized int next() {
        int highest = ephemeralStart() - 1;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = random.nextInt(LOWEST, highest + 1);
            if (!FIXED_STACK_PORTS.contains(port) && !HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new StackException("No free port between " + LOWEST + " and " + highest);
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The first port of the ephemeral range (Linux); 32768 where the kernel does not say. Read by lines: procfs
     * reports a size of 0, and {@code Files.readString} returns only the first character.
     */
    private static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
            return Math.max(start, LOWEST + 1000);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
