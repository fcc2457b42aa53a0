package org.gongjian.pairing.rest;

import org.gongjian.pairing.service.EvaluationView;
import org.gongjian.rest.Texts;

import java.util.Locale;

/** The service's evaluation views to responses, explicitly; the rating's label in the reader's language. */
final class EvaluationMapper {

    private static final Texts TEXTS = Texts.of("pairing");

    private EvaluationMapper() {
    }

    static EvaluationResponse response(EvaluationView e, Locale locale) {
        return new EvaluationResponse(e.id(), e.pairingId(), e.pairingTitle(), e.district(), e.status().name(),
                e.origin().name(), e.periodStart(), e.periodEnd(), e.score(), e.rating(),
                TEXTS.get(locale, "rating." + e.rating()),
                e.parts().stream().map(p -> new EvaluationResponse.Part(p.name(), p.weight(), p.score(), p.basis()))
                        .toList(),
                e.leadRating(), e.partnerRating(),
                e.sideRatings().stream().map(r -> new EvaluationResponse.Rating(r.organizationId(), r.side().name(),
                        r.rating(), r.remarks(), r.ratedAt())).toList(),
                e.remarks(), e.openedAt(), e.evaluatedAt(), e.finalizedAt(), e.version());
    }
}
