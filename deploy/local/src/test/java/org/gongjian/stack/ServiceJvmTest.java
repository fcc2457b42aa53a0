package org.gongjian.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceJvmTest {

    @TempDir
    Path app;

    @Test
    void withoutCacheTheJarRunsAsBeforeInItsOwnDirectory() throws IOException {
        Path jar = jar(null);
        List<String> command = ServiceJvm.command(Path.of("/jdk/bin/java"), jar, List.of("-Dquarkus.profile=local"));
        assertEquals(List.of("/jdk/bin/java", "-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dquarkus.profile=local", "-jar", "quarkus-run.jar"), command);
        assertEquals(app.toAbsolutePath(), ServiceJvm.workingDirectory(jar));
    }

    @Test
    void theCacheIsUsedWhenTheBuildMadeOne() throws IOException {
        Path jar = jar(null);
        Files.writeString(app.resolve(ServiceJvm.AOT_CACHE), "cache");
        assertTrue(ServiceJvm.command(Path.of("java"), jar, List.of()).contains("-XX:AOTCache=app.aot"));
    }

    @Test
    void aJarThatOpensJavaLangItselfIsStartedWithoutTheOption() throws IOException {
        Path jar = jar("java.base/java.lang");
        List<String> command = ServiceJvm.command(Path.of("java"), jar, List.of());
        assertFalse(command.contains("--add-opens"), command.toString());
        assertFalse(ServiceJvm.opensJavaLang(jar(null)));
    }

    private Path jar(String addOpens) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (addOpens != null) {
            manifest.getMainAttributes().putValue("Add-Opens", addOpens);
        }
        Path jar = app.resolve("quarkus-run.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all the launcher reads
        }
        return jar;
    }
}
