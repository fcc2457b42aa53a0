package org.gongjian.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the one-machine stack: {@code up}, {@code down}, {@code status}. A thin shell over
 * {@link LocalStack}; {@code up.sh}, {@code down.sh} and {@code status.sh} call it.
 */
public final class Stack {

    private static final String USAGE = """
            usage: Stack up [--no-services] [--no-demo-data]
                   Stack down [--purge]
                   Stack status
            The checkout is found from the launcher's location, or -Dgongjian.repo=<dir>.
            """;

    private Stack() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(1, args.length);
        StackConfig.Builder builder = StackConfig.builder(repoDir());
        if (flags.contains("--no-services")) {
            builder.startServices(false);
        }
        StackConfig config = builder.build();
        try {
            int rc = switch (args[0]) {
                case "up" -> up(config, !flags.contains("--no-demo-data"), t0);
                case "down" -> down(config, flags.contains("--purge"));
                case "status" -> status(config);
                default -> {
                    System.err.print(USAGE);
                    yield 2;
                }
            };
            System.exit(rc);
        } catch (StackException e) {
            System.err.println("\nERROR: " + e.getMessage());
            System.err.println("\nLogs are in " + config.baseDir().resolve("logs") + "; `down.sh` stops whatever did start.");
            System.exit(1);
        }
    }

    private static int up(StackConfig config, boolean demoData, long t0) {
        LocalStack stack = LocalStack.start(config);
        int rc = 0;
        if (demoData) {
            DemoData loader = new DemoData(stack);
            try {
                switch (loader.load()) {
                    case LOADED -> System.out.println("  demo data: seed-004 loaded (marker " + loader.marker() + ")");
                    case ALREADY_LOADED -> System.out.println("  demo data: already loaded earlier (" + loader.marker() + ")");
                    case SKIPPED_NO_GATEWAY -> System.out.println("  demo data: skipped, the gateway is not running at "
                            + config.gatewayUrl() + " (services not built yet?). It loads on the next `up` once the gateway answers.");
                }
            } catch (DemoData.RejectedException e) {
                System.err.println("  ERROR demo data: the gateway is up but rejected the seed data:\n  " + e.getMessage());
                rc = 1;
            }
        }
        System.out.print(Summary.render(stack));
        System.out.printf("%nGongjian stack ready in %.1f s (launcher start to ready; stack components %.1f s)%n",
                (System.nanoTime() - t0) / 1e9, stack.startupTime().toMillis() / 1e3);
        return rc;
    }

    private static int down(StackConfig config, boolean purge) {
        LocalStack stack = LocalStack.of(config);
        System.out.println("Stopping the Gongjian stack in " + config.baseDir());
        if (purge) {
            stack.purge();
        } else {
            stack.stop();
        }
        System.out.println("Stopped.");
        return 0;
    }

    private static int status(StackConfig config) {
        List<ComponentStatus> all = LocalStack.of(config).status();
        System.out.println("Gongjian stack in " + config.baseDir());
        System.out.printf("  %-21s %-10s %-8s %-40s %s%n", "COMPONENT", "STATE", "PID", "ENDPOINT", "");
        boolean healthy = true;
        for (ComponentStatus s : all) {
            System.out.printf("  %-21s %-10s %-8s %-40s %s%n", s.name(), s.state(), s.pid() < 0 ? "-" : Long.toString(s.pid()),
                    s.endpoint(), s.detail());
            healthy &= s.state() == ComponentStatus.State.READY || s.state() == ComponentStatus.State.NOT_BUILT;
        }
        return healthy ? 0 : 3;
    }

    /** The checkout: {@code -Dgongjian.repo}, else the directory above {@code deploy/local} that holds the launcher. */
    static Path repoDir() {
        String explicit = System.getProperty("gongjian.repo");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        try {
            Path here = Path.of(Stack.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("deploy/local/pom.xml")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
