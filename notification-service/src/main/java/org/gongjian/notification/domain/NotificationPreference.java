package org.gongjian.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's channels and language. Without a row: e-mail and webhook on, language from their contact record. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    @Column(name = "recipient_key")
    public String recipientKey;
    public boolean email;
    public boolean webhook;
    public String language;
    @Version
    public long version;
}
