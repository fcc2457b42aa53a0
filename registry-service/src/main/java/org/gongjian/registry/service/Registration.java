package org.gongjian.registry.service;

import org.gongjian.events.organization.OrganizationSnapshot;

import java.util.List;

/** A registered organization, and the organizations of the district whose names are very close to its name. */
public record Registration(OrganizationSnapshot organization, List<Duplicates.SimilarName> similarNames) {
}
