package org.gongjian.stack;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Debian's Chromium (headless, never downloading anything) signing in to the server through nginx: Keycloak's
 * real login pages, and for committee accounts the one-time password, set up on the first login from the key the
 * page shows ("unable to scan?") and computed here as an authenticator app would (RFC 6238, HMAC-SHA1, 6 digits).
 */
final class ServerBrowser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    ServerBrowser() throws IOException {
        profile = Files.createTempDirectory("gongjian-server-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                // the test's certificate is self-signed; a real server's is trusted by the browser
                "--ignore-certificate-errors",
                "--lang=zh-CN", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // headless Chromium sends Accept-Language en-US whatever --lang says; people here ask for Chinese
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** What the login showed, for the report. */
    record SignIn(String cookies, String loginPageUrl, String loginPageLanguage, boolean loginPageInGongjiansWords,
                  boolean otpAsked) {
    }

    /**
     * Opens the public address, is sent to Keycloak's login page, signs in (setting up or entering the one-time
     * password when asked), and is back at the web app; returns the session cookies.
     *
     * @param otpKey holds the OTP key: read from the set-up page when empty, used when present
     */
    SignIn signIn(String publicUrl, String username, String password, StringBuilder otpKey) {
        driver.get(publicUrl + "/");
        waitFor(() -> driver.getCurrentUrl().contains("/realms/gongjian/protocol/openid-connect/auth"), "Keycloak's login page");
        String loginUrl = driver.getCurrentUrl();
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        String page = driver.getPageSource();
        boolean ownWords = page.contains("登录共建平台") || page.contains("Sign in to Gongjian");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        boolean otpAsked = false;
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            String url = driver.getCurrentUrl();
            if (url.startsWith(publicUrl) && !url.contains("/realms/")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not signed in as " + username + "; at " + url + "\n" + abbreviate(driver.getPageSource()));
            }
            if (present("kc-totp-secret-key")) {
                otpAsked = true;
                otpKey.setLength(0);
                otpKey.append(driver.findElement(By.id("kc-totp-secret-key")).getText().replace(" ", "").strip());
                driver.findElement(By.id("totp")).sendKeys(Totp.code(otpKey.toString(), 0));
                if (present("userLabel")) {
                    driver.findElement(By.id("userLabel")).sendKeys("server test");
                }
                List<WebElement> save = driver.findElements(By.id("saveTOTPBtn"));
                (save.isEmpty() ? driver.findElement(By.cssSelector("[type=submit]")) : save.getFirst()).click();
                sleep(1500);
            } else if (present("mode-manual")) {
                driver.findElement(By.id("mode-manual")).click();
            } else if (present("otp")) {
                otpAsked = true;
                Totp.awaitFreshWindow();
                driver.findElement(By.id("otp")).sendKeys(Totp.code(otpKey.toString(), 0));
                driver.findElement(By.id("kc-login")).click();
                sleep(1500);
            } else {
                sleep(300);
            }
        }
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return new SignIn(cookies, loginUrl, lang, ownWords, otpAsked);
    }

    private boolean present(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + "; at " + driver.getCurrentUrl() + "\n" + abbreviate(driver.getPageSource()));
            }
            sleep(300);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                PostgresBinaries.deleteTree(profile);
            } catch (IOException ignored) {
                // a temporary profile
            }
        }
    }

    /** RFC 6238 time-based one-time passwords as the realm's policy makes them (SHA-1, 6 digits, 30 s). */
    static final class Totp {
        private static long lastWindowUsed = -1;

        static synchronized String code(String base32Key, int offset) {
            long window = System.currentTimeMillis() / 30_000 + offset;
            lastWindowUsed = window;
            try {
                Mac mac = Mac.getInstance("HmacSHA1");
                mac.init(new SecretKeySpec(base32(base32Key), "HmacSHA1"));
                byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(window).array());
                int o = h[h.length - 1] & 0xf;
                int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
                return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A code may be used once: wait for the next window when the last code came from this one. */
        static void awaitFreshWindow() {
            while (System.currentTimeMillis() / 30_000 == lastWindowUsed) {
                sleep(500);
            }
        }

        static byte[] base32(String s) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            String clean = s.toUpperCase(Locale.ROOT).replace("=", "");
            ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
            int buffer = 0;
            int bits = 0;
            for (char c : clean.toCharArray()) {
                buffer = (buffer << 5) | alphabet.indexOf(c);
                bits += 5;
                if (bits >= 8) {
                    out.put((byte) (buffer >> (bits - 8)));
                    bits -= 8;
                }
            }
            return java.util.Arrays.copyOf(out.array(), out.position());
        }
    }

    static String cookieHeader(java.util.Set<Cookie> cookies) {
        return cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
