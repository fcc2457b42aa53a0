package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chinese labels of the enumerations, as a committee writes them in a spreadsheet; the English names work too. */
public final class Labels {

    private static final Map<OrganizationKind, String> KINDS = Map.of(
            OrganizationKind.PARTY_COMMITTEE, "党委",
            OrganizationKind.GENERAL_BRANCH, "党总支",
            OrganizationKind.BRANCH, "党支部");
    private static final Map<Sector, String> SECTORS = Map.of(
            Sector.ORGAN, "机关",
            Sector.STATE_ENTERPRISE, "国企",
            Sector.NON_PUBLIC_ENTERPRISE, "非公企业",
            Sector.SOCIAL_ORGANIZATION, "社会组织",
            Sector.COMMUNITY, "社区");
    private static final Map<OrganizationStatus, String> STATUSES = Map.of(
            OrganizationStatus.ACTIVE, "正常",
            OrganizationStatus.DISSOLVED, "已撤销");
    private static final Map<String, Sector> SECTOR_SYNONYMS = Map.of("国有企业", Sector.STATE_ENTERPRISE,
            "非公有制企业", Sector.NON_PUBLIC_ENTERPRISE, "民营企业", Sector.NON_PUBLIC_ENTERPRISE);

    private Labels() {
    }

    public static String of(OrganizationKind kind) {
        return KINDS.get(kind);
    }

    public static String of(Sector sector) {
        return SECTORS.get(sector);
    }

    public static String of(OrganizationStatus status) {
        return STATUSES.get(status);
    }

    static Optional<OrganizationKind> kind(String text) {
        return parse(text, OrganizationKind.class, KINDS);
    }

    static Optional<Sector> sector(String text) {
        return Optional.ofNullable(SECTOR_SYNONYMS.get(text)).or(() -> parse(text, Sector.class, SECTORS));
    }


    static String kindChoices() {
        return "党委/PARTY_COMMITTEE, 党总支/GENERAL_BRANCH, 党支部/BRANCH";
    }

    static String sectorChoices() {
        return "机关/ORGAN, 国企/STATE_ENTERPRISE, 非公企业/NON_PUBLIC_ENTERPRISE, 社会组织/SOCIAL_ORGANIZATION, 社区/COMMUNITY";
    }

    private static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type, Map<E, String> labels) {
        for (Map.Entry<E, String> label : labels.entrySet()) {
            if (label.getValue().equals(text)) {
                return Optional.of(label.getKey());
            }
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(upper)).findFirst();
    }
}
