package org.gongjian.e2e.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of realm users from the stack's Keycloak (password grant on {@code gongjian-cli}, password
 * {@code gongjian}), kept for a while. {@link #forgetTokens()} after changing users in Keycloak: a token carries the
 * claims of the moment it was issued.
 */
public final class Users {

    public static final String PASSWORD = "gongjian";
    public static final String COMMITTEE = "admin.zhang";
    public static final String OTHER_DISTRICT_COMMITTEE = "admin.wang";
    public static final String SCREEN = "screen";
    public static final String CITY = "city.li";

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

    private Users() {
    }

    public static String token(String username) {
        Issued issued = TOKENS.get(username);
        if (issued == null || issued.at.plus(KEEP).isBefore(Instant.now())) {
            issued = new Issued(PlatformStack.stack().accessToken(username, PASSWORD), Instant.now());
            TOKENS.put(username, issued);
        }
        return issued.token;
    }

    public static void forgetTokens() {
        TOKENS.clear();
    }

    public static String liaison(String orgKey) {
        return "liaison." + orgKey;
    }

    public static String secretary(String orgKey) {
        return "secretary." + orgKey;
    }

    private record Issued(String token, Instant at) {
    }
}
