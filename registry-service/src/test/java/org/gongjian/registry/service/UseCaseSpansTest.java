package org.gongjian.registry.service;

import org.gongjian.testing.UseCaseSpanContract;

class UseCaseSpansTest extends UseCaseSpanContract {
}
