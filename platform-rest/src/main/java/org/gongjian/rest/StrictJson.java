package org.gongjian.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Set;
import java.util.UUID;

/**
 * JSON as the API documents it, and nothing looser: a key only once per object, enum values only by name, dates and
 * times only as ISO-8601 strings (no epoch numbers, no date-time where a date is meant), dates between
 * {@value Bounds#MIN_YEAR} and {@value Bounds#MAX_YEAR}, text without control characters (line breaks and tabs
 * only in {@link MultiLine} fields). A refused value answers 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Set<Class<?>> TIMES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float}) {
            mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
        }
        SimpleModule bounds = new SimpleModule("gongjian-bounds");
        bounds.addDeserializer(String.class, new BoundedText(false));
        bounds.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                if (TIMES.contains(description.getBeanClass())) {
                    return new BoundedTime(deserializer);
                }
                return description.getBeanClass() == UUID.class ? new UntrimmedText(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new UntrimmedText(deserializer);
            }
        });
        mapper.registerModule(bounds);
    }

    /** Text of one line, or of several where the property is {@link MultiLine}. */
    static final class BoundedText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        BoundedText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                Message problem = Bounds.textRefusal(value, multiLine);
                if (problem != null) {
                    throw new RefusedValueException(parser, problem, String.class);
                }
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multi = property != null && property.getAnnotation(MultiLine.class) != null;
            return multi == multiLine ? this : new BoundedText(multi);
        }
    }

    /**
     * An enum value or a UUID as sent: Jackson would trim control characters off ({@code "BRANCH\u0000"} would read as
     * {@code BRANCH}, {@code "\u0000"} as no UUID at all).
     */
    static final class UntrimmedText extends DelegatingDeserializer {

        UntrimmedText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new UntrimmedText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Message problem = Bounds.textRefusal(parser.getText(), false);
                if (problem != null) {
                    throw new RefusedValueException(parser, problem, handledType());
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** A date or time whose year lies in the documented range. */
    static final class BoundedTime extends DelegatingDeserializer {

        BoundedTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
                throw new RefusedValueException(parser, ProblemTitles.field("iso-text",
                        handledType() == LocalDate.class ? "2025-06-01" : "2025-06-01T09:30:00+08:00"), handledType());
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof Temporal temporal && !Bounds.yearInRange(yearOf(temporal))) {
                throw new RefusedValueException(parser, Bounds.yearRefusal(), value.getClass());
            }
            return value;
        }

        private static int yearOf(Temporal temporal) {
            if (temporal instanceof Instant instant) {
                return instant.isBefore(Instant.parse("-9999-01-01T00:00:00Z")) ? Integer.MIN_VALUE
                        : instant.isAfter(Instant.parse("9999-12-31T23:59:59Z")) ? Integer.MAX_VALUE
                        : instant.atOffset(ZoneOffset.UTC).getYear();
            }
            return temporal.get(ChronoField.YEAR);
        }
    }
}
