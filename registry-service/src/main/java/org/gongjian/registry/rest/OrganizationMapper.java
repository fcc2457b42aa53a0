package org.gongjian.registry.rest;

import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.registry.service.AccountStatus;
import org.gongjian.registry.service.AccountView;
import org.gongjian.registry.service.OrganizationAccounts;
import org.gongjian.registry.service.OrganizationForm;
import org.gongjian.registry.service.OrganizationView;
import org.gongjian.registry.service.Registration;
import org.gongjian.registry.service.RowError;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.util.List;
import java.util.Locale;

/** Requests to forms, and snapshots and views to responses, explicitly. */
final class OrganizationMapper {

    private static final Texts TEXTS = Texts.of("registry");

    private OrganizationMapper() {
    }

    static OrganizationForm form(OrganizationRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", TEXTS.message("draft.required"));
        }
        OrganizationParts.HostUnit hostUnit = request.hostUnit();
        OrganizationParts.Secretary secretary = request.secretary();
        OrganizationParts.Members members = request.members();
        List<OrganizationForm.ContactForm> contacts = request.contacts() == null ? null : request.contacts().stream()
                .map(contact -> contact == null ? null : new OrganizationForm.ContactForm(contact.id(), text(contact.name()),
                        text(contact.phone()), text(contact.email()), text(contact.language())))
                .toList();
        List<String> honours = request.honours() == null ? null
                : request.honours().stream().map(OrganizationMapper::text).toList();
        return new OrganizationForm(
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

    /** An organization as the caller may see it: its people's accounts to those who see personal data. */
    static OrganizationResponse response(OrganizationView organization) {
        return response(organization.organization(), organization.personalData(), organization.accounts(), List.of());
    }

    /** A registration's answer: the organization, and a warning for each registered name very close to its name. */
    static OrganizationResponse response(Registration registration, Locale locale) {
        List<OrganizationParts.Warning> warnings = registration.similarNames().stream()
                .map(similar -> new OrganizationParts.Warning("name",
                        TEXTS.get(locale, "warning.similar-name", similar.name(), similar.id()),
                        new OrganizationParts.Similar(similar.id(), similar.name(), similar.similarity())))
                .toList();
        return response(registration.organization(), true, OrganizationAccounts.NONE, warnings);
    }

    private static OrganizationResponse response(OrganizationSnapshot snapshot, boolean personalData,
            OrganizationAccounts accounts, List<OrganizationParts.Warning> warnings) {
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
                                personalData ? status(accounts.secretary()) : null),
                snapshot.contacts().stream()
                        .map(contact -> new OrganizationParts.Contact(contact.id(), contact.name(),
                                personalData ? contact.phone() : null, personalData ? contact.email() : null,
                                contact.language(), personalData && contact.id() != null
                                        ? status(accounts.contact(contact.id())) : null))
                        .toList(),
                new OrganizationParts.Members(snapshot.members().full(), snapshot.members().probationary()),
                snapshot.foundedOn(),
                snapshot.honours(),
                snapshot.status(),
                dissolution == null ? null : new OrganizationParts.Dissolution(dissolution.reason(), dissolution.dissolvedOn()),
                snapshot.version(),
                warnings);
    }

    /** What is wrong with one row of an import, its message in the caller's language. */
    static RowProblem row(RowError error, Locale locale) {
        return new RowProblem(error.row(), error.column(), error.message().in(locale));
    }

    static AccountResponse response(AccountView account) {
        return new AccountResponse(account.organizationId(), account.person(), account.role(), status(account.state()),
                account.username(), account.invitedAt());
    }

    private static OrganizationParts.AccountStatus status(AccountStatus status) {
        return OrganizationParts.AccountStatus.valueOf(status.name());
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
