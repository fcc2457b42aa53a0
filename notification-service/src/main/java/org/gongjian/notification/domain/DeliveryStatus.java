package org.gongjian.notification.domain;

/** PENDING → SENDING → SENT, or → RETRY (at next_attempt_at) → SENDING …, or → DEAD when given up. */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, RETRY, DEAD
}
