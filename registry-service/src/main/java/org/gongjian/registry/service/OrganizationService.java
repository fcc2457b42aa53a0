package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationDissolved;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.messaging.OutboxWriter;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.DraftRules;
import org.gongjian.registry.domain.Organization;
import org.gongjian.registry.domain.OrganizationDraft;
import org.gongjian.rest.Caller;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.ProblemException.Field;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.Versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Registering, updating and dissolving organizations; every change is announced through the outbox. */
@ApplicationScoped
public class OrganizationService {

    private static final Texts TEXTS = Texts.of("registry");

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final Hierarchy hierarchy;
    private final Duplicates duplicates;
    private final AccountRetirement accounts;
    private final AccountProfiles profiles;
    private final OrganizationViews views;

    OrganizationService(EntityManager entityManager, OutboxWriter outbox, Hierarchy hierarchy, Duplicates duplicates,
            AccountRetirement accounts, AccountProfiles profiles, OrganizationViews views) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.hierarchy = hierarchy;
        this.duplicates = duplicates;
        this.accounts = accounts;
        this.profiles = profiles;
        this.views = views;
    }

    /**
     * Registers an organization in the caller's district. An enterprise already registered there is refused (409
     * naming it); a name very close to one already registered is accepted and the close ones are returned.
     */
    @Transactional
    @WithSpan
    public Registration register(Caller caller, OrganizationForm form) {
        OrganizationDraft draft = form.draft();
        String district = caller.requireDistrict();
        List<Field> violations = new ArrayList<>(DraftRules.check(draft));
        hierarchy.checkParent(draft.parentId(), null, district).ifPresent(violations::add);
        RuleViolation.rejectAnyBroken(violations);
        refuseSecondRegistration(district, draft, null);
        List<Duplicates.SimilarName> similar = duplicates.similarNames(district, draft.name(), null);
        Organization organization = Organization.register(district, draft);
        organization.persist();
        entityManager.flush();
        OrganizationSnapshot snapshot = OrganizationSnapshots.of(organization);
        outbox.append(new OrganizationRegistered(snapshot));
        return new Registration(snapshot, similar);
    }

    /**
     * Replaces what the draft states. A district administrator may change everything; a branch secretary only the
     * secretary, the contacts and the member counts of its own organization. Answers the organization as the caller
     * may see it, with its people's accounts.
     */
    @Transactional
    @WithSpan
    public OrganizationView update(Caller caller, UUID id, String ifMatch, OrganizationForm form) {
        OrganizationDraft draft = form.draft();
        Organization organization = entityManager.find(Organization.class, id);
        if (organization == null || !Scope.canRead(caller, organization) || !Scope.canKeepContacts(caller, organization)) {
            throw organization != null && Scope.canRead(caller, organization)
                    ? ProblemException.forbidden(TEXTS.message("access.change"))
                    : Scope.notFound(id);
        }
        Versions.requireCurrent(ifMatch, organization.version);
        organization.requireActive();
        List<Field> violations = new ArrayList<>(DraftRules.check(draft));
        OrganizationSnapshot before = OrganizationSnapshots.of(organization);
        List<Contact> contactsBefore = List.copyOf(organization.contacts);
        String secretaryBefore = organization.secretaryName;
        if (Scope.canManage(caller, organization)) {
            hierarchy.checkParent(draft.parentId(), id, organization.district).ifPresent(violations::add);
            RuleViolation.rejectAnyBroken(violations);
            if (!Objects.equals(organization.creditCode, draft.creditCode())
                    || !Objects.equals(organization.parentId, draft.parentId())) {
                refuseSecondRegistration(organization.district, draft, id);
            }
            organization.apply(draft);
        } else {
            RuleViolation.rejectAnyBroken(violations);
            refuseOutsideContacts(organization, draft);
            organization.applyContacts(draft);
            organization.applyMembers(draft);
        }
        accounts.afterUpdate(organization, contactsBefore, secretaryBefore);
        profiles.afterUpdate(organization);
        if (OrganizationSnapshots.of(organization).equals(before)) {
            // Nothing to announce; the answer still carries the version as stored, so the caller's next If-Match holds
            entityManager.flush();
            return views.of(caller, OrganizationSnapshots.of(organization));
        }
        organization.touch();
        entityManager.flush();
        OrganizationSnapshot snapshot = OrganizationSnapshots.of(organization);
        outbox.append(new OrganizationUpdated(snapshot));
        return views.of(caller, snapshot);
    }

    @Transactional
    @WithSpan
    public OrganizationView dissolve(Caller caller, UUID id, String ifMatch, String reason, LocalDate dissolvedOn) {
        Organization organization = entityManager.find(Organization.class, id);
        if (organization == null || !Scope.canRead(caller, organization)) {
            throw Scope.notFound(id);
        }
        if (!Scope.canManage(caller, organization)) {
            throw ProblemException.forbidden(TEXTS.message("access.dissolve"));
        }
        if (ifMatch != null) {
            Versions.requireCurrent(ifMatch, organization.version);
        }
        if (organization.isActive() && hierarchy.hasActiveChildren(id)) {
            throw RuleViolation.conflict(TEXTS.message("organization.active-children"));
        }
        organization.dissolve(reason, dissolvedOn, DraftRules.today());
        accounts.afterDissolution(organization);
        entityManager.flush();
        OrganizationSnapshot snapshot = OrganizationSnapshots.of(organization);
        outbox.append(new OrganizationDissolved(snapshot));
        return views.of(caller, snapshot);
    }

    private void refuseSecondRegistration(String district, OrganizationDraft draft, UUID self) {
        if (draft.creditCode() == null) {
            return;
        }
        duplicates.lockCreditCodes(district);
        duplicates.sameCreditCode(district, draft.creditCode(), draft.parentId(), self).ifPresent(existing -> {
            throw new DuplicateOrganizationException(draft.creditCode(), existing);
        });
    }

    private static void refuseOutsideContacts(Organization current, OrganizationDraft draft) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", current.name, draft.name());
        compare(changed, "kind", current.kind, draft.kind());
        compare(changed, "sector", current.sector, draft.sector());
        compare(changed, "parentId", current.parentId, draft.parentId());
        compare(changed, "hostUnit.name", current.hostUnitName, draft.hostUnitName());
        compare(changed, "hostUnit.creditCode", current.creditCode, draft.creditCode());
        compare(changed, "foundedOn", current.foundedOn, draft.foundedOn());
        compare(changed, "honours", current.honours, draft.honours());
        if (!changed.isEmpty()) {
            throw new ProblemException(403, "forbidden", TEXTS.message("access.secretary-fields", String.join(", ", changed)),
                    changed.stream().map(field -> new Field(field, TEXTS.message("access.secretary-field"))).toList());
        }
    }

    private static void compare(List<String> changed, String field, Object current, Object proposed) {
        if (!Objects.equals(current, proposed)) {
            changed.add(field);
        }
    }
}
