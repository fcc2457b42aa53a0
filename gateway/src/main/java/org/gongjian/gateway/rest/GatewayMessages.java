package org.gongjian.gateway.rest;

import org.gongjian.rest.Languages;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The gateway's own user-facing words ({@code gateway-texts} bundle): zh-CN by default, English on request. */
public final class GatewayMessages {

    private GatewayMessages() {
    }

    public static ResourceBundle bundle(List<Locale> acceptable) {
        return ResourceBundle.getBundle("gateway-texts", Languages.of(acceptable),
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
