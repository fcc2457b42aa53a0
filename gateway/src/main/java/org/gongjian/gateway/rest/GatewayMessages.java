package org.gongjian.gateway.rest;

import org.gongjian.rest.Languages;
import org.gongjian.rest.Message;
import org.gongjian.rest.Texts;

import java.util.Locale;

/** The gateway's own user-facing words ({@code gateway-texts}), read through {@link Texts} like every service's. */
public final class GatewayMessages {

    public static final Texts TEXTS = Texts.of("gateway");

    private GatewayMessages() {
    }

    /** A service's name for people ({@code service.<name>}), the name itself when there is none. */
    public static String serviceLabel(Locale locale, String serviceName) {
        return TEXTS.find(locale, "service." + serviceName).orElse(serviceName);
    }

    /** A service's name for people, read in the caller's language when the answer is written. */
    public static Message serviceLabel(String serviceName) {
        return TEXTS.find(Languages.DEFAULT, "service." + serviceName).isPresent()
                ? TEXTS.message("service." + serviceName) : Message.plain(serviceName);
    }
}
