package org.gongjian.notification.service;

import org.gongjian.testing.UseCaseSpanContract;

class UseCaseSpansTest extends UseCaseSpanContract {
}
