package org.gongjian.gateway.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.rest.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who the signed-in user is, for the web app: its menu follows the roles, its header shows the district by name,
 * and a city administrator picks one of the districts. The session cookie is HttpOnly, so the page cannot read
 * the token itself.
 */
@Path("/api/me")
@Tag(name = "Session", description = "The signed-in user, as the web app needs it")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> ROLES = List.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.DASHBOARD_READER,
            Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT);

    private final DashboardCaller caller;
    private final Map<String, String> districtNames;

    MeResource(DashboardCaller caller, GatewayConfig config) {
        this.caller = caller;
        this.districtNames = config.districts();
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in user: name, roles, district, organization, and the districts it may see")
    public Me me() {
        caller.accessToken();
        List<String> roles = ROLES.stream().filter(caller::hasRole).toList();
        String district = caller.district().orElse(null);
        Stream<String> visible = caller.hasRole(Role.CITY_ADMIN)
                ? districtNames.keySet().stream()
                : Stream.ofNullable(district);
        List<District> districts = visible.sorted(Comparator.naturalOrder())
                .map(code -> new District(code, districtNames.getOrDefault(code, code))).toList();
        return new Me(caller.claim("preferred_username").orElse(null), displayName(), roles,
                district, caller.claim("org").orElse(null), districts);
    }

    /** A Chinese name reads family name first, without a space (张建华); others as the token's {@code name}. */
    private String displayName() {
        return displayName(caller.claim("family_name").orElse(""), caller.claim("given_name").orElse(""),
                caller.claim("name").orElse(null));
    }

    static String displayName(String family, String given, String name) {
        return isHan(family) && isHan(given) ? family + given : name;
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public record Me(String username, String name, List<String> roles, String district, String organizationId,
            List<District> districts) {
    }

    public record District(String code, String name) {
    }
}
