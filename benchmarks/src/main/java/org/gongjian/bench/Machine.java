package org.gongjian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, CPU, memory, JDK, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static String cpuModel() {
        return read("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    }

    static String memory() {
        return read("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D+", "")) / 1024.0 / 1024.0)).orElse("?");
    }

    static String loadAverage() {
        List<String> lines = read("/proc/loadavg");
        if (lines.isEmpty()) {
            return "?";
        }
        String[] f = lines.getFirst().split(" ");
        return f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min)";
    }

    static String jdk(Path javaHome) {
        Path release = javaHome.resolve("release");
        return read(release.toString()).stream().filter(l -> l.startsWith("JAVA_RUNTIME_VERSION=") || l.startsWith("IMPLEMENTOR="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).reduce((a, b) -> a + " " + b)
                .orElse(System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    }

    /** Resident set size of a process in MB, from /proc; -1 when it is gone. */
    static double rssMb(long pid) {
        return read("/proc/" + pid + "/status").stream().filter(l -> l.startsWith("VmRSS")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024.0).orElse(-1.0);
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
