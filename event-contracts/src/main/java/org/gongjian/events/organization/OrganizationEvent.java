package org.gongjian.events.organization;

import org.gongjian.events.GongjianEvent;
import org.gongjian.events.Topics;

/** An event about a party organization, published by registry-service on {@link Topics#ORGANIZATION}. */
public sealed interface OrganizationEvent extends GongjianEvent
        permits OrganizationRegistered, OrganizationUpdated, OrganizationDissolved {

    String AGGREGATE_TYPE = "organization";

    /** The organization after the change. */
    OrganizationSnapshot organization();

    @Override
    default String topic() {
        return Topics.ORGANIZATION;
    }

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String subject() {
        return organization().id().toString();
    }

    @Override
    default String district() {
        return organization().district();
    }
}
