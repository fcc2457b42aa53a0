package org.gongjian.activity.service;

import org.gongjian.testing.UseCaseSpanContract;

class UseCaseSpansTest extends UseCaseSpanContract {
}
