package org.gongjian.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.registry.domain.DraftRules;
import org.gongjian.registry.domain.Organization;
import org.gongjian.rest.ProblemException.Field;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of the hierarchy: a parent is an active organization of the same district that can have
 * sub-organizations (not a branch), and no organization is its own ancestor.
 */
@ApplicationScoped
public class Hierarchy {

    private final EntityManager entityManager;

    Hierarchy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Why {@code parentId} cannot be the parent of {@code child} (null for a new one) in a district, if it cannot. */
    public Optional<Field> checkParent(UUID parentId, UUID child, String district) {
        if (parentId == null) {
            return Optional.empty();
        }
        Organization parent = entityManager.find(Organization.class, parentId);
        return problem(parent, district)
                .or(() -> child != null && ancestorsOf(parentId).contains(child)
                        ? Optional.of(DraftRules.broken("parentId", "parent.cycle"))
                        : Optional.empty());
    }

    /** The same checks without the cycle, for a parent already loaded (imports check many rows at once). */
    public static Optional<Field> problem(Organization parent, String district) {
        if (parent == null || !parent.district.equals(district)) {
            return Optional.of(DraftRules.broken("parentId", "parent.other-district"));
        }
        if (!parent.isActive()) {
            return Optional.of(DraftRules.broken("parentId", "parent.dissolved"));
        }
        if (parent.kind == OrganizationKind.BRANCH) {
            return Optional.of(DraftRules.broken("parentId", "parent.branch"));
        }
        return Optional.empty();
    }

    /** The organization itself and every ancestor up to the top. */
    @SuppressWarnings("unchecked")
    List<UUID> ancestorsOf(UUID id) {
        return entityManager.createNativeQuery("""
                WITH RECURSIVE up(id, parent_id) AS (
                    SELECT id, parent_id FROM organization WHERE id = :id
                    UNION
                    SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id)
                SELECT id FROM up""", UUID.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Whether an organization still has active sub-organizations. */
    boolean hasActiveChildren(UUID id) {
        return Organization.count("parentId = ?1 and status = org.gongjian.events.organization.OrganizationStatus.ACTIVE", id) > 0;
    }
}
