package org.gongjian.registry.service;

/** Refuses to register an enterprise a second time: the organization that already stands for it is named. */
public class DuplicateOrganizationException extends RuntimeException {

    private final String creditCode;
    private final Duplicates.Existing existing;

    public DuplicateOrganizationException(String creditCode, Duplicates.Existing existing) {
        super("hostUnit.creditCode: " + creditCode + " is already registered in the district as " + existing.name()
                + " (" + existing.id() + ")");
        this.creditCode = creditCode;
        this.existing = existing;
    }

    public String creditCode() {
        return creditCode;
    }

    public Duplicates.Existing existing() {
        return existing;
    }
}
