package org.gongjian.pairing;

import io.quarkus.test.common.QuarkusTestResource;
import org.gongjian.testing.GongjianTestResources;

/** Real PostgreSQL, Kafka and OIDC issuer for every test of this module. */
@QuarkusTestResource(GongjianTestResources.class)
class TestInfrastructure {
}
