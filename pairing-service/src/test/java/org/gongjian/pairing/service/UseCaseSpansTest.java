package org.gongjian.pairing.service;

import org.gongjian.testing.UseCaseSpanContract;

class UseCaseSpansTest extends UseCaseSpanContract {
}
