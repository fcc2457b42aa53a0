package org.gongjian.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a district's server installs outside the launcher, rendered from templates in this jar and the server's
 * settings: nginx's site, the systemd units (the platform, the nightly backup and its timer) and a cron line for
 * machines without systemd.
 *
 * @param launcher the command that runs the launcher ({@code deploy/server/gongjian-server.sh})
 * @param settingsFile the server's settings file
 * @param javaHome the JDK the launcher and the services run on
 */
public record ServerFiles(ServerSettings settings, Path launcher, Path settingsFile, Path javaHome) {

    public static final String NGINX_SITE = "nginx-site.conf";
    public static final String SERVICE_UNIT = "gongjian.service";
    public static final String BACKUP_UNIT = "gongjian-backup.service";
    public static final String BACKUP_TIMER = "gongjian-backup.timer";
    public static final String BACKUP_CRON = "gongjian-backup.cron";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

    public String nginxSite() {
        int https = settings.httpsPort();
        Map<String, String> values = new LinkedHashMap<>(common());
        values.put("SERVER_NAME", settings.hostName());
        values.put("PUBLIC_URL", settings.publicAddress());
        values.put("HTTP_PORT", Integer.toString(settings.httpPort()));
        values.put("HTTPS_PORT", Integer.toString(https));
        values.put("GATEWAY_PORT", Integer.toString(settings.service("gateway").port()));
        values.put("KEYCLOAK_PORT", Integer.toString(settings.keycloakPort()));
        values.put("TLS_CERTIFICATE", settings.tlsCertificate().toString());
        values.put("TLS_KEY", settings.tlsKey().toString());
        StringBuilder allow = new StringBuilder();
        settings.adminAllow().forEach(a -> allow.append("        allow ").append(a).append(";\n"));
        values.put("ADMIN_ALLOW", allow.toString());
        values.put("ADMIN_NOTE", settings.adminAllow().isEmpty() ? "" : " and " + String.join(", ", settings.adminAllow()));
        return render(NGINX_SITE, values);
    }

    public String serviceUnit() {
        return render(SERVICE_UNIT, common());
    }

    public String backupUnit() {
        return render(BACKUP_UNIT, common());
    }

    public String backupTimer() {
        return render(BACKUP_TIMER, common());
    }

    public String backupCron() {
        Map<String, String> values = new LinkedHashMap<>(common());
        values.put("BACKUP_HOUR", Integer.toString(Integer.parseInt(settings.backupTime().substring(0, 2))));
        values.put("BACKUP_MINUTE", Integer.toString(Integer.parseInt(settings.backupTime().substring(3))));
        return render(BACKUP_CRON, values);
    }

    /** Every file by its name. */
    public Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(NGINX_SITE, nginxSite());
        files.put(SERVICE_UNIT, serviceUnit());
        files.put(BACKUP_UNIT, backupUnit());
        files.put(BACKUP_TIMER, backupTimer());
        files.put(BACKUP_CRON, backupCron());
        return files;
    }

    private Map<String, String> common() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SETTINGS", settingsFile.toString());
        values.put("LAUNCHER", launcher.toString());
        values.put("JAVA_HOME", javaHome.toString());
        values.put("BACKUP_TIME", settings.backupTime());
        return values;
    }

    static String render(String template, Map<String, String> values) {
        String text;
        try (InputStream in = ServerFiles.class.getResourceAsStream("server/" + template)) {
            if (in == null) {
                throw new StackException("no template " + template + " in the launcher jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new StackException("template " + template + " needs {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
