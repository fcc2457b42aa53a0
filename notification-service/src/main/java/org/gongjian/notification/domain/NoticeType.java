package org.gongjian.notification.domain;

/** What a notice is about. Pairing notices ask for a receipt (签收). */
public enum NoticeType {
    PAIRING_PROPOSED(false),
    PAIRING_ACTIVATED(true),
    PAIRING_REJECTED(false),
    PAIRING_SUSPENDED(false),
    PAIRING_CONCLUDED(false),
    LAUNCH_HELD(false),
    ACTIVITY_SCHEDULED(false),
    ACTIVITY_RESCHEDULED(false),
    ACTIVITY_CANCELLED(false),
    ACTIVITY_REMINDER(false),
    DEMAND_RAISED(false),
    DEMAND_ANSWERED(false),
    DEMAND_DUE_SOON(false),
    DEMAND_OVERDUE(false),
    CADENCE_AT_RISK(false),
    CADENCE_MISSED(false),
    RECEIPT_REMINDER(false),
    WEBHOOK_DISABLED(false),
    DAILY_DIGEST(false),
    EVALUATION_REQUESTED(false);

    private final boolean receiptRequired;

    NoticeType(boolean receiptRequired) {
        this.receiptRequired = receiptRequired;
    }

    public boolean receiptRequired() {
        return receiptRequired;
    }

    /** The key of its texts in the {@code notification-texts} bundle, e.g. {@code pairing-activated}. */
    public String bundleKey() {
        return name().toLowerCase().replace('_', '-');
    }
}
