package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.pairing.domain.Launch;
import org.gongjian.pairing.domain.Pairing;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A launch ceremony activates many proposed pairings at once, all or none: one {@code launch.held} and one
 * {@code pairing.activated} per pairing, in one transaction.
 */
@ApplicationScoped
public class LaunchService {

    private static final Texts TEXTS = Texts.of("pairing");

    private final PairingAccess access;
    private final PairingLifecycle lifecycle;
    private final OutboxWriter outbox;
    private final Clock clock;

    LaunchService(PairingAccess access, PairingLifecycle lifecycle, OutboxWriter outbox, Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public LaunchView hold(String title, LocalDate heldOn, List<UUID> pairingIds) {
        String district = access.caller().requireDistrict();
        if (new HashSet<>(pairingIds).size() != pairingIds.size()) {
            throw ProblemException.invalid("pairingIds", TEXTS.message("launch.pairing-repeated"));
        }
        Map<UUID, Pairing> found = Pairing.<Pairing>find("id in ?1 and district = ?2 order by id", pairingIds, district)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(pairing -> pairing.id, Function.identity()));
        List<UUID> unknown = pairingIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("pairingIds", TEXTS.message("launch.unknown-pairings", join(unknown)));
        }
        List<UUID> notProposed = pairingIds.stream()
                .filter(id -> found.get(id).status != PairingStatus.PROPOSED).toList();
        if (!notProposed.isEmpty()) {
            throw RuleViolation.conflict(TEXTS.message("launch.not-proposed", join(notProposed)));
        }
        Launch launch = new Launch();
        launch.id = UUID.randomUUID();
        launch.district = district;
        launch.title = title.strip();
        launch.heldOn = heldOn;
        launch.pairingIds.addAll(pairingIds);
        launch.createdBy = access.caller().username();
        launch.createdAt = clock.instant();
        launch.persist();
        outbox.append(new LaunchHeld(PairingSnapshots.of(launch)));
        lifecycle.activateAll(pairingIds.stream().map(found::get).toList(), launch.id, heldOn);
        return LaunchView.of(launch);
    }

    @WithSpan
    public LaunchView read(UUID id) {
        Launch launch = Launch.findById(id);
        if (launch == null || !access.caller().canRead(launch.district) || access.isOrganizationUser()) {
            throw ProblemException.notFound("Launch", id);
        }
        return LaunchView.of(launch);
    }

    @WithSpan
    public Page<LaunchView> list(String requestedDistrict, PageQuery query) {
        String district = access.districtToRead(requestedDistrict);
        String column = switch (query.sortField()) {
            case "title" -> "title";
            case "createdAt" -> "createdAt";
            default -> "heldOn";
        };
        var found = Launch.<Launch>find("district = ?1 order by " + column + (query.ascending() ? " asc" : " desc")
                + ", id", district);
        List<Launch> items = found.page(query.page(), query.size()).list();
        return Page.of(items, query, found.count()).map(LaunchView::of);
    }

    private static String join(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }
}
