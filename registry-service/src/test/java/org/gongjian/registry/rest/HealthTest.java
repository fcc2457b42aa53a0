package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.testing.ServiceHealthContract;

@QuarkusTest
class HealthTest extends ServiceHealthContract {
}
