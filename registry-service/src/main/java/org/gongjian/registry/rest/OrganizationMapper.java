package org.gongjian.registry.rest;

import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.registry.domain.AccountState;
import org.gongjian.registry.domain.Contact;
import org.gongjian.registry.domain.Person;
import org.gongjian.registry.domain.OrganizationDraft;
import org.gongjian.registry.service.Registration;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Requests to drafts and snapshots to responses, explicitly. */
final class OrganizationMapper {

    private static final Texts TEXTS = Texts.of("registry");

    private OrganizationMapper() {
    }

    static OrganizationDraft draft(OrganizationRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", TEXTS.message("draft.required"));
        }
        OrganizationParts.HostUnit hostUnit = request.hostUnit();
        OrganizationParts.Secretary secretary = request.secretary();
        OrganizationParts.Members members = request.members();
        List<Contact> contacts = request.contacts() == null ? null : request.contacts().stream()
                .map(contact -> contact == null ? null : new Contact(text(contact.name()), text(contact.phone()),
                        text(contact.email()), text(contact.language()), contact.id(), null))
                .toList();
        List<String> honours = request.honours() == null ? null
                : request.honours().stream().map(OrganizationMapper::text).toList();
        return new OrganizationDraft(
                text(request.name()),
                request.kind(),
                request.sector(),
                request.parentId(),
                hostUnit == null ? null : text(hostUnit.name()),
                hostUnit == null ? null : upper(hostUnit.creditCode()),
                secretary == null ? null : text(secretary.name()),
                secretary == null ? null : text(secretary.phone()),
                secretary == null ? null : text(secretary.email()),
                contacts,
                members == null ? null : members.full(),
                members == null ? null : members.probationary(),
                request.foundedOn(),
                honours);
    }

    static OrganizationResponse response(OrganizationSnapshot snapshot, boolean personalData) {
        return response(snapshot, personalData, Map.of(), List.of());
    }

    /** An organization with the account state of each of its people (shown to those who see personal data). */
    static OrganizationResponse response(OrganizationSnapshot snapshot, boolean personalData,
            Map<String, AccountState> accounts) {
        return response(snapshot, personalData, accounts, List.of());
    }

    /** A registration's answer: the organization, and a warning for each registered name very close to its name. */
    static OrganizationResponse response(Registration registration, Locale locale) {
        List<OrganizationParts.Warning> warnings = registration.similarNames().stream()
                .map(similar -> new OrganizationParts.Warning("name",
                        TEXTS.get(locale, "warning.similar-name", similar.name(), similar.id()),
                        new OrganizationParts.Similar(similar.id(), similar.name(), similar.similarity())))
                .toList();
        return response(registration.organization(), true, Map.of(), warnings);
    }

    private static OrganizationResponse response(OrganizationSnapshot snapshot, boolean personalData,
            Map<String, AccountState> accounts, List<OrganizationParts.Warning> warnings) {
        boolean dissolved = snapshot.status() == OrganizationStatus.DISSOLVED;
        OrganizationSnapshot.Secretary secretary = snapshot.secretary();
        OrganizationSnapshot.Dissolution dissolution = snapshot.dissolution();
        return new OrganizationResponse(
                snapshot.id(),
                snapshot.district(),
                snapshot.name(),
                snapshot.kind(),
                snapshot.sector(),
                snapshot.parentId(),
                new OrganizationParts.HostUnit(snapshot.hostUnit().name(), snapshot.hostUnit().creditCode()),
                secretary == null ? null
                        : new OrganizationParts.Secretary(secretary.name(), personalData ? secretary.phone() : null,
                                personalData ? secretary.email() : null,
                                personalData ? status(accounts.get(Person.SECRETARY), dissolved) : null),
                snapshot.contacts().stream()
                        .map(contact -> new OrganizationParts.Contact(contact.id(), contact.name(),
                                personalData ? contact.phone() : null, personalData ? contact.email() : null,
                                contact.language(), personalData && contact.id() != null
                                        ? status(accounts.get(contact.id().toString()), dissolved) : null))
                        .toList(),
                new OrganizationParts.Members(snapshot.members().full(), snapshot.members().probationary()),
                snapshot.foundedOn(),
                snapshot.honours(),
                snapshot.status(),
                dissolution == null ? null : new OrganizationParts.Dissolution(dissolution.reason(), dissolution.dissolvedOn()),
                snapshot.version(),
                warnings);
    }

    /**
     * A person's account as shown: a disabled account shows while the organization is dissolved; a secretary who took
     * over from one whose account was disabled has none yet.
     */
    private static OrganizationParts.AccountStatus status(AccountState state, boolean dissolved) {
        if (state == null || state == AccountState.DISABLED && !dissolved) {
            return OrganizationParts.AccountStatus.NONE;
        }
        return OrganizationParts.AccountStatus.valueOf(state.name());
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String upper(String value) {
        String trimmed = text(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
