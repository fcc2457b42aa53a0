package org.gongjian.notification.domain;

/** How a notice leaves the service besides the inbox, which always receives it. */
public enum Channel {
    EMAIL, WEBHOOK
}
