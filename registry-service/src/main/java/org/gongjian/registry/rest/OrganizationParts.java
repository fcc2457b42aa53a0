package org.gongjian.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The parts of an organization as they appear in requests and responses. */
public final class OrganizationParts {

    private OrganizationParts() {
    }

    @Schema(description = "The company or agency the organization sits in")
    public record HostUnit(@Schema(examples = "湘潭高新技术产业开发区管委会") String name,
            @Schema(description = "18-character unified social credit code (GB 32100-2015); required for enterprises",
                    examples = "91350100M000100Y43") String creditCode) {
    }

    public record Secretary(String name, @Schema(description = "mobile or landline; hidden from dashboard readers") String phone,
            @Schema(description = "where the secretary's notices are e-mailed; hidden from dashboard readers") String email,
            @Schema(description = "in answers only: the secretary's sign-in account made from the register; hidden from dashboard readers",
                    readOnly = true) AccountStatus account) {

        public Secretary(String name, String phone, String email) {
            this(name, phone, email, null);
        }
    }

    public record Contact(
            @Schema(description = "the contact's lasting identity; send it back when updating so that a renamed contact stays the same person (and keeps the account)")
            UUID id,
            String name, String phone, String email,
            @Schema(description = "zh-CN (default) or en", examples = "zh-CN") String language,
            @Schema(description = "in answers only: the contact's sign-in account made from the register; hidden from dashboard readers",
                    readOnly = true) AccountStatus account) {

        public Contact(String name, String phone, String email, String language) {
            this(null, name, phone, email, language, null);
        }
    }

    @Schema(description = "NONE (no account yet: invite), INVITED (Keycloak's e-mail sent, password not yet set), ACTIVE, DISABLED (the organization was dissolved)")
    public enum AccountStatus {
        NONE,
        INVITED,
        ACTIVE,
        DISABLED
    }

    public record Members(@Schema(description = "full members (正式党员)") Integer full,
            @Schema(description = "probationary members (预备党员)") Integer probationary) {
    }

    public record Dissolution(String reason, LocalDate dissolvedOn) {
    }

    @Schema(description = "Accepted, but worth a look: e.g. a name very close to one already registered in the district")
    public record Warning(@Schema(examples = "name") String field, String message,
            @Schema(description = "the organization the name is close to") Similar similarTo) {
    }

    public record Similar(UUID id, String name,
            @Schema(description = "trigram similarity of the names, 0 to 1", examples = "0.83") double similarity) {
    }
}
