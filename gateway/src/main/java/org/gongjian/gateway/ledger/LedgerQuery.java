package org.gongjian.gateway.ledger;

import org.gongjian.rest.LedgerRange;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** One ledger asked for: its days, whose (a district, or one organization of it), in which format and language. */
public record LedgerQuery(LedgerRange range, Optional<String> district, Optional<UUID> organizationId, LedgerFormat format,
        Locale language) {
}
