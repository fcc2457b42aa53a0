package org.gongjian.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.gongjian.gateway.support.FakeServicesResource;
import org.gongjian.testing.OidcTestResource;

/**
 * A real OIDC issuer and four small real HTTP servers standing in for the services behind the gateway. The
 * gateway needs no database and no broker, so only these are started.
 */
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(FakeServicesResource.class)
class TestInfrastructure {
}
