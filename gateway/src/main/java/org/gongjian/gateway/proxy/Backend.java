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

    /** The base URL of the instance whose turn it is (see {@link Instances}). */
    public String baseUrl(GatewayConfig.Services services) {
        return instances(services).inTurn().getFirst();
    }

    /** Its instances: one base URL, or several separated by commas. */
    public Instances instances(GatewayConfig.Services services) {
        return Instances.of(switch (this) {
            case REGISTRY -> services.registry();
            case PAIRING -> services.pairing();
            case ACTIVITY -> services.activity();
            case NOTIFICATION -> services.notification();
        });
    }
}
