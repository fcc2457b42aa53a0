package org.gongjian.testing;

import org.gongjian.testing.fixture.service.Bookings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UseCaseSpansTest {

    private final UseCaseSpans spans = UseCaseSpans.of("org.gongjian.testing.fixture", entry -> true);

    @Test
    void aUseCaseClassIsABeanOfTheServiceLayerThatAResourceIsGiven() {
        assertEquals(List.of(Bookings.class), spans.useCaseClasses());
    }

    @Test
    void itsPublicMethodsWithoutASpanAreNamed() {
        assertEquals(List.of("Bookings.cancel"), spans.withoutSpan());
    }

    @Test
    void classPathEntriesLeftOutAreNotLookedAt() {
        assertEquals(List.of(), UseCaseSpans.of("org.gongjian.testing.fixture", entry -> false).useCaseClasses());
    }
}
