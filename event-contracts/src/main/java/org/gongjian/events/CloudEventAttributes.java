package org.gongjian.events;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as {@code ce_} headers,
 * the data is the record value.
 */
public final class CloudEventAttributes {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    /** Extension attribute: the district (tenant). */
    public static final String HEADER_DISTRICT = "ce_district";
    public static final String HEADER_CONTENT_TYPE = "content-type";

    private CloudEventAttributes() {
    }
}
