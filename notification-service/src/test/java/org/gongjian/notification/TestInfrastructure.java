package org.gongjian.notification;

import io.quarkus.test.common.QuarkusTestResource;
import org.gongjian.testing.GongjianTestResources;

/** Real PostgreSQL, Kafka and OIDC issuer, and a real SMTP server, for every test of this module. */
@QuarkusTestResource(GongjianTestResources.class)
@QuarkusTestResource(GreenMailResource.class)
class TestInfrastructure {
}
