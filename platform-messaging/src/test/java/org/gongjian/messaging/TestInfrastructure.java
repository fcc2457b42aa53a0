package org.gongjian.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import org.gongjian.testing.GongjianTestResources;

@QuarkusTestResource(GongjianTestResources.class)
class TestInfrastructure {
}
