package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.rest.Role;
import org.gongjian.rest.security.RememberedTokenIdentities;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.registered;

/** A bearer token is verified once and then remembered: never past its expiry, and never for a changed token. */
@QuarkusTest
class RememberedTokenTest {

    @Inject
    RememberedTokenIdentities identities;

    /** The identity provider is really asked: it was once behind quarkus-oidc's own (priority 1001) and never was. */
    @Test
    void aVerifiedTokenIsRememberedOnceAndAForgedOrExpiredOneNever() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭板塘党支部"));
        String token = Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).bearer();
        int before = identities.remembered();

        read(token, id).statusCode(200);
        assertThat(identities.remembered()).as("remembered after the first request").isEqualTo(before + 1);
        read(token, id).statusCode(200);
        assertThat(identities.remembered()).as("the same token is not verified and remembered again")
                .isEqualTo(before + 1);

        read(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).forged().bearer(), id).statusCode(401);
        read(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).expired().bearer(), id).statusCode(401);
        assertThat(identities.remembered()).as("refused tokens are not remembered").isEqualTo(before + 1);
    }

    @Test
    void theSameTokenIsAcceptedOnEveryRequestWhileItIsValid() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭九华党支部"));
        String token = Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).bearer();
        for (int i = 0; i < 3; i++) {
            read(token, id).statusCode(200);
        }
        read(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(newDistrict()).bearer(), id).statusCode(404);
    }

    @Test
    void aTamperedCopyOfAnAcceptedTokenIsRefused() {
        String district = newDistrict();
        String other = newDistrict();
        String id = registered(other, enterprise("湘潭昭山党支部"));
        String token = Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).sign();
        read("Bearer " + token, id).statusCode(404);

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String widened = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace(district, other).getBytes(StandardCharsets.UTF_8));
        read("Bearer " + parts[0] + "." + widened + "." + parts[2], id).statusCode(401);

        // a character in the middle: the last one of an RS256 signature also carries bits that decoding ignores
        int middle = parts[2].length() / 2;
        char changed = parts[2].charAt(middle) == 'A' ? 'B' : 'A';
        String signature = parts[2].substring(0, middle) + changed + parts[2].substring(middle + 1);
        read("Bearer " + parts[0] + "." + parts[1] + "." + signature, id).statusCode(401);

        read(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(other).forged().bearer(), id).statusCode(401);
        read("Bearer " + token, id).statusCode(404);
    }

    @Test
    void anAcceptedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭双马党支部"));
        String token = Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district)
                .lifetime(Duration.ofSeconds(2)).bearer();
        read(token, id).statusCode(200);
        Thread.sleep(3_100);
        read(token, id).statusCode(401);
    }
}
