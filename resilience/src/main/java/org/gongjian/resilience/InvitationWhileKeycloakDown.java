package org.gongjian.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongjian.stack.KeycloakAdmin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The committee invites a person of the register while Keycloak is down: the answer is a 503 problem, and nothing is
 * half-made — the register still shows the person without an account, and once Keycloak is back it holds no user for
 * the person's address.
 */
final class InvitationWhileKeycloakDown {

    /** A contact of an organization who has an e-mail address in the register and no account yet. */
    record Invitee(String organizationId, String contactId, String email) {
    }

    private final Gateways gateways;
    private final String committeeToken;
    private final Invitee invitee;

    private InvitationWhileKeycloakDown(Gateways gateways, String committeeToken, Invitee invitee) {
        this.gateways = gateways;
        this.committeeToken = committeeToken;
        this.invitee = invitee;
    }

    /** Chooses the invitee among the organizations' contacts, while the platform is whole. */
    static InvitationWhileKeycloakDown choose(Gateways gateways, String committeeToken, Collection<String> organizationIds) {
        for (String organizationId : organizationIds) {
            JsonNode organization = gateways.send("GET", "/api/organizations/" + organizationId, committeeToken, null, null).json();
            for (JsonNode contact : organization.path("contacts")) {
                if ("NONE".equals(contact.path("account").asText()) && !contact.path("email").asText().isBlank()) {
                    return new InvitationWhileKeycloakDown(gateways, committeeToken, new Invitee(organizationId,
                            contact.path("id").asText(), contact.path("email").asText()));
                }
            }
        }
        throw new IllegalStateException("no contact without an account in the demo register");
    }

    /** The invitation sent while Keycloak is down: what is wrong with its answer and with the register afterwards. */
    List<String> inviteWhileDown() {
        List<String> problems = new ArrayList<>();
        Gateways.Answer answer = gateways.send("POST", "/api/organizations/" + invitee.organizationId() + "/accounts",
                committeeToken, Gateways.JSON.createObjectNode().put("person", invitee.contactId()), null);
        if (answer.status() != 503 || !"unavailable".equals(type(answer)) || answer.header("Retry-After") == null) {
            problems.add("an invitation while Keycloak was down answered " + answer.status() + " " + answer.body());
        }
        String account = accountShown();
        if (!"NONE".equals(account)) {
            problems.add("after an invitation refused while Keycloak was down the register shows the account " + account);
        }
        return problems;
    }

    /** Once Keycloak is back: no user was left behind for the invitee. */
    List<String> nothingLeftInKeycloak(KeycloakAdmin keycloak) {
        List<String> users = keycloak.usersByEmail(invitee.email()).stream().map(u -> u.path("id").asText()).toList();
        return users.isEmpty() ? List.of()
                : List.of("an invitation refused while Keycloak was down left the Keycloak user(s) " + users);
    }

    private String accountShown() {
        JsonNode organization = gateways.send("GET", "/api/organizations/" + invitee.organizationId(), committeeToken, null, null).json();
        for (JsonNode contact : organization.path("contacts")) {
            if (invitee.contactId().equals(contact.path("id").asText())) {
                return contact.path("account").asText();
            }
        }
        return "(the contact is gone)";
    }

    private static String type(Gateways.Answer answer) {
        String type = answer.json().path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
