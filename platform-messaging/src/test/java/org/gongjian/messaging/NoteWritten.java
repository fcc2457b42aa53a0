package org.gongjian.messaging;

import org.gongjian.events.GongjianEvent;

import java.util.UUID;

/** An event of the test application, outside the published contracts. */
record NoteWritten(UUID id, String district, String text, int sequence) implements GongjianEvent {

    static final String TOPIC = "gongjian.test.note";

    @Override
    public String type() {
        return "test.note-written.v1";
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String aggregateType() {
        return "note";
    }

    @Override
    public String subject() {
        return id.toString();
    }
}
