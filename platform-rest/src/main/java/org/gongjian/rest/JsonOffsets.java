package org.gongjian.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * API times keep the offset the caller sent ({@code +08:00} stays {@code +08:00}) instead of turning into UTC: a
 * district works in its own time zone, and what it wrote is what it reads back.
 */
@Singleton
public class JsonOffsets implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
