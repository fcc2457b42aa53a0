package org.gongjian.stack;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerFilesTest {

    private static ServerFiles files(ServerSettings settings) {
        return new ServerFiles(settings, Path.of("/opt/gongjian/deploy/server/gongjian-server.sh"),
                Path.of("/etc/gongjian/server.properties"), Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
    }

    @Test
    void everyTemplateIsFilledCompletely() {
        files(ServerSettingsTest.settings()).all().forEach((name, text) -> {
            assertFalse(text.contains("{{"), name + " has an unfilled placeholder:\n" + text);
            assertTrue(text.contains("/etc/gongjian/server.properties") || name.equals(ServerFiles.NGINX_SITE)
                    || name.equals(ServerFiles.BACKUP_TIMER), name);
        });
    }

    @Test
    void nginxEndsTlsAndForwardsWhatTheGatewayAndKeycloakNeed() {
        String site = files(ServerSettingsTest.settings()).nginxSite();
        assertTrue(site.contains("server_name gongjian.example.org;"));
        assertTrue(site.contains("listen 443 ssl http2;"));
        assertTrue(site.contains("ssl_certificate /etc/gongjian/tls/fullchain.pem;"));
        assertTrue(site.contains("return 301 https://gongjian.example.org$request_uri;"));
        for (String header : new String[]{"X-Forwarded-Proto $scheme", "X-Forwarded-Host $http_host",
                "X-Forwarded-For $proxy_add_x_forwarded_for", "X-Forwarded-Port $server_port"}) {
            assertTrue(site.contains("proxy_set_header " + header + ";"), header);
        }
        assertTrue(site.contains("server 127.0.0.1:8080;") && site.contains("server 127.0.0.1:8180;"));
        assertTrue(site.contains("location /realms/") && site.contains("location /resources/"));
        int admin = site.indexOf("location /admin/");
        assertTrue(site.indexOf("deny all;", admin) > admin, "Keycloak's administration is closed to the network");
    }

    @Test
    void nginxAcceptsTheSite(@TempDir Path dir) {
        Assumptions.assumeTrue(Nginx.installed(), "nginx is not installed (apt-get install nginx)");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Nginx.selfSignedCertificate(cert, key);
        Properties p = ServerSettingsTest.example();
        p.setProperty("tls.certificate", cert.toString());
        p.setProperty("tls.key", key.toString());
        p.setProperty("nginx.admin-allow", "10.0.0.0/8, 192.168.1.0/24");
        p.setProperty("nginx.https-port", "8443");
        p.setProperty("nginx.http-port", "8081");
        p.setProperty("public-url", "https://gongjian.example.org:8443");
        ServerSettings settings = ServerSettings.from(p);
        String site = files(settings).nginxSite();
        assertTrue(site.contains("allow 10.0.0.0/8;") && site.contains("allow 192.168.1.0/24;"));
        String out = new Nginx(dir.resolve("nginx")).test(site);
        assertTrue(out.contains("test is successful"), out);
    }

    @Test
    void systemdRunsThePlatformAndANightlyBackup() {
        ServerFiles files = files(ServerSettingsTest.settings());
        assertTrue(files.serviceUnit().contains("ExecStart=/opt/gongjian/deploy/server/gongjian-server.sh --settings /etc/gongjian/server.properties up"));
        assertTrue(files.serviceUnit().contains("ExecStop=/opt/gongjian/deploy/server/gongjian-server.sh --settings /etc/gongjian/server.properties down"));
        assertTrue(files.backupUnit().contains("--settings /etc/gongjian/server.properties backup"));
        assertTrue(files.backupTimer().contains("OnCalendar=*-*-* 02:30:00"));
        assertTrue(files.backupTimer().contains("Persistent=true"));
        assertEquals("30 2 * * * root", files.backupCron().lines().filter(l -> l.contains("backup")).filter(l -> !l.startsWith("#"))
                .findFirst().orElseThrow().substring(0, 15));
    }
}
