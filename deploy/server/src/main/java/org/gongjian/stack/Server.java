package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of a district's server ({@code deploy/server/gongjian-server.sh}):
 * <pre>
 * gongjian-server.sh [--settings /etc/gongjian/server.properties] install   secrets, nginx site, systemd units (root)
 *                                                                 up | down | status
 *                                                                 backup                    one backup now
 *                                                                 restore [folder|latest]   replace every database
 *                                                                 render &lt;dir&gt;              the files install would write
 * </pre>
 * The secrets live next to the settings ({@code secrets.properties}, mode 600).
 */
public final class Server {

    private Server() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        Path settingsFile = ServerSettings.DEFAULT_FILE;
        int i = rest.indexOf("--settings");
        if (i >= 0 && i + 1 < rest.size()) {
            settingsFile = Path.of(rest.get(i + 1)).toAbsolutePath();
            rest.remove(i + 1);
            rest.remove(i);
        }
        if (rest.isEmpty()) {
            System.err.println("usage: gongjian-server.sh [--settings FILE] install|up|down|status|backup|restore [FOLDER]|render DIR");
            System.exit(2);
        }
        Path repo = Path.of(System.getProperty("gongjian.repo", ".")).toAbsolutePath().normalize();
        try {
            run(rest, repo, settingsFile);
        } catch (StackException | UncheckedIOException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(List<String> args, Path repo, Path settingsFile) {
        ServerSettings settings = ServerSettings.load(settingsFile);
        Path secretsFile = secretsFile(settingsFile);
        ServerStack stack = ServerStack.of(repo, settings, secretsFile);
        switch (args.getFirst()) {
            case "install" -> install(repo, settingsFile, stack);
            case "up" -> stack.up();
            case "down" -> stack.down();
            case "status" -> stack.status().forEach(s -> System.out.printf("  %-21s %-10s %s %s%n", s.name(), s.state(),
                    s.pid() > 0 ? "pid " + s.pid() : "", s.detail() == null ? "" : s.detail()));
            case "backup" -> new Backup(stack).backup();
            case "restore" -> {
                Backup backup = new Backup(stack);
                String which = args.size() > 1 ? args.get(1) : "latest";
                backup.restore(which.equals("latest") ? backup.latest() : Path.of(which));
            }
            case "render" -> write(files(repo, settingsFile, settings).all(), Path.of(args.get(1)));
            default -> throw new StackException("unknown command " + args.getFirst());
        }
    }

    static Path secretsFile(Path settingsFile) {
        return settingsFile.resolveSibling(ServerSecrets.FILE);
    }

    static ServerFiles files(Path repo, Path settingsFile, ServerSettings settings) {
        return new ServerFiles(settings, repo.resolve("deploy/server/gongjian-server.sh"), settingsFile,
                Path.of(System.getProperty("java.home")));
    }

    static void write(Map<String, String> files, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("  wrote " + files.keySet() + " to " + dir);
    }

    /** Writes the secrets (when missing), nginx's site and the systemd units or the cron file; enables them when systemd runs. */
    private static void install(Path repo, Path settingsFile, ServerStack stack) {
        ServerFiles files = files(repo, settingsFile, stack.settings());
        System.out.println("  secrets: " + stack.secrets().file() + " (mode 600)");
        Path nginx = Path.of("/etc/nginx");
        if (Files.isDirectory(nginx.resolve("sites-available"))) {
            write(Map.of("gongjian.conf", files.nginxSite()), nginx.resolve("sites-available"));
            link(nginx.resolve("sites-enabled/gongjian.conf"), nginx.resolve("sites-available/gongjian.conf"));
            command(List.of("nginx", "-t"));
        } else {
            System.out.println("  WARNING nginx is not installed (apt-get install nginx), its site was not written");
        }
        boolean systemd = Files.isDirectory(Path.of("/run/systemd/system"));
        if (systemd) {
            write(Map.of(ServerFiles.SERVICE_UNIT, files.serviceUnit(), ServerFiles.BACKUP_UNIT, files.backupUnit(),
                    ServerFiles.BACKUP_TIMER, files.backupTimer()), Path.of("/etc/systemd/system"));
            command(List.of("systemctl", "daemon-reload"));
            command(List.of("systemctl", "enable", ServerFiles.SERVICE_UNIT, ServerFiles.BACKUP_TIMER));
            command(List.of("systemctl", "reload-or-restart", "nginx"));
        } else {
            write(Map.of("gongjian-backup", files.backupCron()), Path.of("/etc/cron.d"));
            System.out.println("  no systemd here: start with `gongjian-server.sh up`, backups run from /etc/cron.d/gongjian-backup");
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void command(List<String> command) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "gongjian-install.log");
        int rc = Processes.run(command, Path.of("/"), log, Map.of(), Duration.ofMinutes(2));
        if (rc != 0) {
            throw new StackException(String.join(" ", command) + " failed (exit " + rc + ")\n" + Processes.tail(log, 20));
        }
    }
}
