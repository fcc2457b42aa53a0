package org.gongjian.rest.operationlog;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * What an operation was about when its token cannot say: a request without an account (a receipt link in an e-mail)
 * names the district, the organization and the record it acted on here, so that its entry lands in that district's
 * log and that organization's. Whatever is named here is recorded in place of the token's claims and the path's id.
 */
@RequestScoped
public class OperationSubject {

    private String district;
    private UUID organization;
    private UUID target;

    /** The operation acted on {@code target} of {@code organization} in {@code district} (each may be null). */
    public void about(String district, UUID organization, UUID target) {
        this.district = district;
        this.organization = organization;
        this.target = target;
    }

    String district() {
        return district;
    }

    UUID organization() {
        return organization;
    }

    UUID target() {
        return target;
    }
}
