package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Labels of the enumerations as a committee writes them in a spreadsheet, from the {@code registry-texts} bundle
 * (zh-CN); the English names work too.
 */
public final class Labels {

    static final Texts TEXTS = Texts.of("registry");

    private Labels() {
    }

    public static String of(OrganizationKind kind) {
        return label("kind", kind);
    }

    public static String of(Sector sector) {
        return label("sector", sector);
    }

    public static String of(OrganizationStatus status) {
        return label("status", status);
    }

    static Optional<OrganizationKind> kind(String text) {
        return parse(text, "kind", OrganizationKind.class);
    }

    static Optional<Sector> sector(String text) {
        return Arrays.stream(Sector.values())
                .filter(sector -> TEXTS.find(Languages.DEFAULT, "sector." + sector.name() + ".synonyms")
                        .map(synonyms -> Arrays.asList(synonyms.split(",")).contains(text))
                        .orElse(false))
                .findFirst()
                .or(() -> parse(text, "sector", Sector.class));
    }

    static String kindChoices() {
        return choices("kind", OrganizationKind.class);
    }

    static String sectorChoices() {
        return choices("sector", Sector.class);
    }

    private static String label(String prefix, Enum<?> value) {
        return TEXTS.pattern(Languages.DEFAULT, prefix + "." + value.name());
    }

    /** {@code 党委/PARTY_COMMITTEE, 党总支/GENERAL_BRANCH, …} */
    private static <E extends Enum<E>> String choices(String prefix, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> label(prefix, value) + "/" + value.name())
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Optional<E> parse(String text, String prefix, Class<E> type) {
        Optional<E> labelled = Arrays.stream(type.getEnumConstants())
                .filter(value -> label(prefix, value).equals(text))
                .findFirst();
        if (labelled.isPresent()) {
            return labelled;
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(upper)).findFirst();
    }
}
