package org.gongjian.gateway.proxy;

import org.gongjian.gateway.config.GatewayConfig;

/** The services behind the gateway, by the name they are known by in logs, problems and the overview. */
public enum Backend {
    REGISTRY("registry-service"),
    PAIRING("pairing-service"),
    ACTIVITY("activity-service"),
    NOTIFICATION("notification-service");

    private final String serviceName;

    Backend(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }

    public String baseUrl(GatewayConfig.Services services) {
        String url = switch (this) {
            case REGISTRY -> services.registry();
            case PAIRING -> services.pairing();
            case ACTIVITY -> services.activity();
            case NOTIFICATION -> services.notification();
        };
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
