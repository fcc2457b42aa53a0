package org.gongjian.notification.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.organization.OrganizationSnapshot.Contact;
import org.gongjian.notification.domain.Recipient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who an organization's notices go to: its secretary (at the secretary's e-mail, when the register has it) and each
 * of its liaison contacts, in the language each prefers (their own preference, else the contact record, else zh-CN). Organizations not (yet) known are skipped.
 */
@ApplicationScoped
public class Recipients {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    private final EntityManager entityManager;

    Recipients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recipient> ofOrganizations(Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, district, secretary_name, CAST(contacts AS text), secretary_email FROM organization
                WHERE id IN (:ids) AND status = 'ACTIVE'""", Object[].class)
                .setParameter("ids", organizationIds)
                .getResultList();
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID organizationId = (UUID) row[0];
            String district = (String) row[1];
            if (row[2] != null) {
                add(recipients, Recipient.secretary(district, organizationId, (String) row[2], (String) row[4]));
            }
            for (Contact contact : contacts((String) row[3])) {
                add(recipients, Recipient.liaison(district, organizationId, contact.id(), contact.name(),
                        contact.email(), contact.language()));
            }
        }
        return withPreferredLanguages(new ArrayList<>(recipients.values()));
    }

    public Recipient committee(String district) {
        return withPreferredLanguages(List.of(Recipient.committee(district))).getFirst();
    }

    /** The recipients in the language each chose, read with one query. */
    @SuppressWarnings("unchecked")
    private List<Recipient> withPreferredLanguages(List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return recipients;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT recipient_key, language FROM notification_preference
                WHERE recipient_key = ANY (CAST(:keys AS text[]))""", Object[].class)
                .setParameter("keys", recipients.stream().map(Recipient::key).toArray(String[]::new))
                .getResultList();
        Map<String, String> languages = new HashMap<>();
        rows.forEach(row -> languages.put((String) row[0], (String) row[1]));
        return recipients.stream().map(recipient -> languages.containsKey(recipient.key())
                ? recipient.withLanguage(languages.get(recipient.key())) : recipient).toList();
    }

    private static void add(Map<String, Recipient> recipients, Recipient recipient) {
        recipients.putIfAbsent(recipient.key(), recipient);
    }

    private static List<Contact> contacts(String json) {
        try {
            return OrganizationProjection.JSON.readValue(json, CONTACTS);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable contacts: " + json, e);
        }
    }
}
