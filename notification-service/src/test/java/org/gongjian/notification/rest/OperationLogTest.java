package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.testing.ServiceOperationLogContract;

/** The notification service's operation log: every write recorded once, without its body, and append-only. */
@QuarkusTest
class OperationLogTest extends ServiceOperationLogContract {
}
