package org.gongjian.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * Loads the event schemas from the classpath, the way a consumer or a producer's test would: by their
 * {@code classpath:} id, with format assertions on (in draft 2020-12 {@code format} only annotates unless
 * the validator is told to assert it).
 */
final class Schemas {

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private Schemas() {
    }

    static JsonSchema forType(String type) {
        return load("classpath:" + EventTypes.schemaResource(type));
    }

    static JsonSchema load(String location) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(location), CONFIG);
        schema.initializeValidators(); // resolve every $ref now, so a broken one fails here
        return schema;
    }

    static Set<ValidationMessage> validate(String type, JsonNode data) {
        return forType(type).validate(data);
    }
}
