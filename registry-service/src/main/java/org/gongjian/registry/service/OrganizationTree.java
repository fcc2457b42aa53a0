package org.gongjian.registry.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.rest.Caller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A district's hierarchy as one tree: every organization under its parent, siblings in name order (pinyin where the
 * database can). An organization whose parent is not in the tree (none, or left out by the status asked for) is a root.
 * The nodes carry no personal data.
 */
@ApplicationScoped
public class OrganizationTree {

    /** A tree holds at most this many organizations. */
    public static final int LIMIT = 20_000;

    private final EntityManager entityManager;
    private final Collations collations;

    OrganizationTree(EntityManager entityManager, Collations collations) {
        this.entityManager = entityManager;
        this.collations = collations;
    }

    public record Node(UUID id, String name, OrganizationKind kind, Sector sector, OrganizationStatus status,
            List<Node> children) {
    }

    public record Tree(String district, long total, List<Node> roots) {
    }

    @SuppressWarnings("unchecked")
    @WithSpan
    public Tree of(Caller caller, String requestedDistrict, OrganizationStatus status) {
        String district = Scope.district(caller, requestedDistrict, true).orElseThrow();
        var query = entityManager.createNativeQuery("SELECT o.id, o.parent_id, o.name, o.kind, o.sector, o.status "
                        + "FROM organization o WHERE o.district = :district"
                        + (status == null ? "" : " AND o.status = :status")
                        + " ORDER BY " + collations.nameOrder() + ", o.id")
                .setParameter("district", district)
                .setMaxResults(LIMIT);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        List<Object[]> rows = query.getResultList();
        return new Tree(district, rows.size(), assemble(rows));
    }

    /** Rows {@code [id, parentId, name, kind, sector, status]} in name order; siblings keep that order. */
    static List<Node> assemble(List<Object[]> rows) {
        Map<UUID, Node> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byId.put((UUID) row[0], new Node((UUID) row[0], (String) row[2], OrganizationKind.valueOf((String) row[3]),
                    Sector.valueOf((String) row[4]), OrganizationStatus.valueOf((String) row[5]), new ArrayList<>()));
        }
        List<Node> roots = new ArrayList<>();
        for (Object[] row : rows) {
            Node node = byId.get((UUID) row[0]);
            Node parent = row[1] == null ? null : byId.get((UUID) row[1]);
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }
}
