package org.gongjian.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone: SMTP for the services, IMAP and a REST API with a small web page for people. Any
 * address receives mail; any password opens a mailbox (authentication disabled). Mail lives in memory only.
 */
final class GreenMail extends Component {

    static final String NAME = "greenmail";

    GreenMail(StackConfig config) {
        super(NAME, config);
    }

    @Override
    int port() {
        return config.smtpPort();
    }

    @Override
    String endpoint() {
        return "smtp://localhost:" + config.smtpPort() + ", imap://localhost:" + config.imapPort()
                + ", http://localhost:" + config.mailApiPort();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    protected void launch() {
        Path jar = config.distDir().resolve("greenmail/greenmail-standalone.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException("GreenMail not downloaded: " + jar + " is missing. Build the launcher first.");
        }
        for (int p : List.of(config.imapPort(), config.mailApiPort())) {
            if (Processes.isPortOpen(p)) {
                throw new StackException("greenmail: port " + p + " is already in use by a process this stack did not start.");
            }
        }
        // greenmail.<protocol>.port each adds one server (do not combine with greenmail.setup.test.*)
        List<String> command = List.of(config.java().toString(), "-Xms32m", "-Xmx256m",
                "-Dgreenmail.smtp.port=" + config.smtpPort(),
                "-Dgreenmail.imap.port=" + config.imapPort(),
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + config.mailApiPort(),
                "-jar", jar.toString());
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, config.baseDir(), logFile(), Map.of()));
    }

    @Override
    boolean isReady() {
        return Processes.isPortOpen(config.smtpPort())
                && Http.status("http://localhost:" + config.mailApiPort() + "/api/service/readiness") == 200;
    }
}
