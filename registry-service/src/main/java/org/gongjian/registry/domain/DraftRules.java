package org.gongjian.registry.domain;

import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.ProblemException.Field;
import org.gongjian.rest.Texts;

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

    private static final Texts TEXTS = Texts.of("registry");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    private static final Set<Sector> ENTERPRISES = Set.of(Sector.STATE_ENTERPRISE, Sector.NON_PUBLIC_ENTERPRISE);
    private static final int MAX_CONTACTS = 20;
    private static final int MAX_HONOURS = 50;

    private DraftRules() {
    }

    public static List<Field> check(OrganizationDraft draft) {
        List<Field> violations = new ArrayList<>();
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
            violations.add(broken("foundedOn", "draft.future"));
        } else if (draft.foundedOn() != null && !Bounds.yearInRange(draft.foundedOn().getYear())) {
            violations.add(new Field("foundedOn", Bounds.yearRefusal()));
        }
        if (draft.honours().size() > MAX_HONOURS) {
            violations.add(broken("honours", "draft.at-most", MAX_HONOURS));
        }
        for (int i = 0; i < draft.honours().size(); i++) {
            text(violations, "honours[" + i + "]", draft.honours().get(i), true, 100);
        }
        return violations;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static void creditCode(List<Field> violations, OrganizationDraft draft) {
        String code = draft.creditCode();
        if (code == null) {
            if (draft.sector() != null && ENTERPRISES.contains(draft.sector())) {
                violations.add(broken("hostUnit.creditCode", "draft.credit-code-required"));
            }
            return;
        }
        CreditCode.problem(code).ifPresent(problem -> violations.add(new Field("hostUnit.creditCode", problem)));
    }

    private static void contacts(List<Field> violations, List<Contact> contacts) {
        if (contacts.size() > MAX_CONTACTS) {
            violations.add(broken("contacts", "draft.at-most", MAX_CONTACTS));
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact == null) {
                violations.add(broken("contacts[" + i + "]", "draft.null"));
                continue;
            }
            text(violations, prefix + "name", contact.name(), true, 50);
            phone(violations, prefix + "phone", contact.phone());
            email(violations, prefix + "email", contact.email());
            if (contact.language() != null && !LANGUAGES.contains(contact.language())) {
                violations.add(broken(prefix + "language", "draft.language"));
            }
        }
    }

    private static void email(List<Field> violations, String field, String email) {
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            violations.add(broken(field, "draft.email"));
        }
    }

    private static void phone(List<Field> violations, String field, String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(broken(field, "draft.phone"));
        }
    }

    private static void count(List<Field> violations, String field, Integer value) {
        if (value == null) {
            violations.add(broken(field, "draft.required"));
        } else if (value < 0) {
            violations.add(broken(field, "draft.negative"));
        } else if (value > 1_000_000) {
            violations.add(broken(field, "draft.implausible"));
        }
    }

    private static void required(List<Field> violations, String field, Object value) {
        if (value == null) {
            violations.add(broken(field, "draft.required"));
        }
    }

    private static void text(List<Field> violations, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(broken(field, "draft.required"));
            }
        } else if (value.length() > max) {
            violations.add(broken(field, "draft.at-most-characters", max));
        } else if (Bounds.textRefusal(value, false) != null) {
            violations.add(new Field(field, Bounds.textRefusal(value, false)));
        }
    }

    /** A field that breaks a rule, its message from the registry texts. */
    public static Field broken(String field, String key, Object... arguments) {
        return new Field(field, TEXTS.message(key, arguments));
    }
}
