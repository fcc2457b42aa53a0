package org.gongjian.registry.domain;

import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.Problem.FieldError;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every registration, update and imported row must satisfy, one place for the form and the spreadsheet.
 * Fields are named as in the API ({@code hostUnit.creditCode}, {@code contacts[1].email}).
 */
public final class DraftRules {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    private static final Set<Sector> ENTERPRISES = Set.of(Sector.STATE_ENTERPRISE, Sector.NON_PUBLIC_ENTERPRISE);
    private static final int MAX_CONTACTS = 20;
    private static final int MAX_HONOURS = 50;

    private DraftRules() {
    }

    public static List<FieldError> check(OrganizationDraft draft) {
        List<FieldError> violations = new ArrayList<>();
        text(violations, "name", draft.name(), true, 200);
        required(violations, "kind", draft.kind());
        required(violations, "sector", draft.sector());
        text(violations, "hostUnit.name", draft.hostUnitName(), true, 200);
        creditCode(violations, draft);
        text(violations, "secretary.name", draft.secretaryName(),
                draft.secretaryPhone() != null || draft.secretaryEmail() != null, 50);
        phone(violations, "secretary.phone", draft.secretaryPhone());
        email(violations, "secretary.email", draft.secretaryEmail());
        contacts(violations, draft.contacts());
        count(violations, "members.full", draft.fullMembers());
        count(violations, "members.probationary", draft.probationaryMembers());
        if (draft.foundedOn() != null && draft.foundedOn().isAfter(today())) {
            violations.add(new FieldError("foundedOn", "must not be in the future"));
        } else if (draft.foundedOn() != null && !Bounds.yearInRange(draft.foundedOn().getYear())) {
            violations.add(new FieldError("foundedOn", Bounds.yearProblem()));
        }
        if (draft.honours().size() > MAX_HONOURS) {
            violations.add(new FieldError("honours", "at most " + MAX_HONOURS));
        }
        for (int i = 0; i < draft.honours().size(); i++) {
            text(violations, "honours[" + i + "]", draft.honours().get(i), true, 100);
        }
        return violations;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static void creditCode(List<FieldError> violations, OrganizationDraft draft) {
        String code = draft.creditCode();
        if (code == null) {
            if (draft.sector() != null && ENTERPRISES.contains(draft.sector())) {
                violations.add(new FieldError("hostUnit.creditCode", "is required for an enterprise"));
            }
            return;
        }
        CreditCode.problem(code).ifPresent(problem -> violations.add(new FieldError("hostUnit.creditCode", problem)));
    }

    private static void contacts(List<FieldError> violations, List<Contact> contacts) {
        if (contacts.size() > MAX_CONTACTS) {
            violations.add(new FieldError("contacts", "at most " + MAX_CONTACTS));
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact == null) {
                violations.add(new FieldError("contacts[" + i + "]", "must not be null"));
                continue;
            }
            text(violations, prefix + "name", contact.name(), true, 50);
            phone(violations, prefix + "phone", contact.phone());
            email(violations, prefix + "email", contact.email());
            if (contact.language() != null && !LANGUAGES.contains(contact.language())) {
                violations.add(new FieldError(prefix + "language", "must be zh-CN or en"));
            }
        }
    }

    private static void email(List<FieldError> violations, String field, String email) {
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add(new FieldError(field, "is not an e-mail address"));
        }
    }

    private static void phone(List<FieldError> violations, String field, String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(new FieldError(field, "is not a Chinese mobile (1xxxxxxxxxx) or landline (0xxx-xxxxxxx) number"));
        }
    }

    private static void count(List<FieldError> violations, String field, Integer value) {
        if (value == null) {
            violations.add(new FieldError(field, "is required"));
        } else if (value < 0) {
            violations.add(new FieldError(field, "must not be negative"));
        } else if (value > 1_000_000) {
            violations.add(new FieldError(field, "is implausibly large"));
        }
    }

    private static void required(List<FieldError> violations, String field, Object value) {
        if (value == null) {
            violations.add(new FieldError(field, "is required"));
        }
    }

    private static void text(List<FieldError> violations, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldError(field, "is required"));
            }
        } else if (value.length() > max) {
            violations.add(new FieldError(field, "at most " + max + " characters"));
        } else if (Bounds.textProblem(value, false) != null) {
            violations.add(new FieldError(field, Bounds.textProblem(value, false)));
        }
    }
}
