package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Languages;
import org.gongjian.rest.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Labels of the enumerations as a committee writes them in a spreadsheet, from the {@code registry-texts} bundle in
 * the reader's language (zh-CN by default). An import reads the Chinese labels, the English ones and the API names,
 * whatever the language of the request: templates in use are Chinese.
 */
public final class Labels {

    static final Texts TEXTS = Texts.of("registry");
    /** The languages an import reads labels and headers in. */
    static final List<Locale> READ = List.of(Languages.DEFAULT, Locale.ENGLISH);

    private Labels() {
    }

    public static String of(OrganizationKind kind, Locale locale) {
        return label("kind", kind, locale);
    }

    public static String of(Sector sector, Locale locale) {
        return label("sector", sector, locale);
    }

    public static String of(OrganizationStatus status, Locale locale) {
        return label("status", status, locale);
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

    static String kindChoices(Locale locale) {
        return choices("kind", OrganizationKind.class, locale);
    }

    static String sectorChoices(Locale locale) {
        return choices("sector", Sector.class, locale);
    }

    private static String label(String prefix, Enum<?> value, Locale locale) {
        return TEXTS.pattern(locale, prefix + "." + value.name());
    }

    /** {@code 党委/PARTY_COMMITTEE, 党总支/GENERAL_BRANCH, …} */
    private static <E extends Enum<E>> String choices(String prefix, Class<E> type, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).map(value -> label(prefix, value, locale) + "/" + value.name())
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Optional<E> parse(String text, String prefix, Class<E> type) {
        Optional<E> labelled = Arrays.stream(type.getEnumConstants())
                .filter(value -> READ.stream().anyMatch(locale -> label(prefix, value, locale).equalsIgnoreCase(text)))
                .findFirst();
        if (labelled.isPresent()) {
            return labelled;
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(upper)).findFirst();
    }
}
