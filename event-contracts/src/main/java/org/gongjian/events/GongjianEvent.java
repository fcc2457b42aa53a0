package org.gongjian.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event that one service publishes and others consume. The record itself is the CloudEvents
 * {@code data}: a full snapshot of the aggregate after the change (event-carried state transfer).
 */
public interface GongjianEvent {

    /** CloudEvents {@code type}, versioned, e.g. {@code pairing.activated.v1}. */
    @JsonIgnore
    String type();

    /** The Kafka topic of the aggregate. */
    @JsonIgnore
    String topic();

    /** The aggregate type, as stored in the outbox's {@code aggregatetype} column, e.g. {@code pairing}. */
    @JsonIgnore
    String aggregateType();

    /** CloudEvents {@code subject} and Kafka key: the aggregate id. */
    @JsonIgnore
    String subject();

    /** The district (tenant) the aggregate belongs to. */
    @JsonIgnore
    String district();
}
