package org.gongjian.gateway.rest;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The gateway's own user-facing words ({@code gateway-messages} bundle): zh-CN by default, English on request. */
public final class GatewayMessages {

    private GatewayMessages() {
    }

    public static ResourceBundle bundle(List<Locale> acceptable) {
        Locale locale = acceptable.stream()
                .filter(candidate -> candidate.getLanguage().equals("en") || candidate.getLanguage().equals("zh"))
                .findFirst()
                .orElse(Locale.SIMPLIFIED_CHINESE);
        return ResourceBundle.getBundle("gateway-messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String serviceLabel(ResourceBundle bundle, String serviceName) {
        try {
            return bundle.getString("service." + serviceName);
        } catch (MissingResourceException e) {
            return serviceName;
        }
    }
}
