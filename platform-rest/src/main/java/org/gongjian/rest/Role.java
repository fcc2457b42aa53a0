package org.gongjian.rest;

/** Realm roles of the {@code gongjian} realm. */
public final class Role {

    public static final String CITY_ADMIN = "city-admin";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String BRANCH_SECRETARY = "branch-secretary";
    public static final String ENTERPRISE_CONTACT = "enterprise-contact";
    public static final String DASHBOARD_READER = "dashboard-reader";

    private Role() {
    }
}
