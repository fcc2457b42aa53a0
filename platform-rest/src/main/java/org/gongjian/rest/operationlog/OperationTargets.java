package org.gongjian.rest.operationlog;

import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Method;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record an operation is about: the first id in its path ({@code /api/activities/{id}/photos/{photoId}} is about
 * the activity), when it is a UUID. Nothing of the body is ever read, and a path value that is not an id (a signed
 * link's token, a mistyped id) is not kept.
 */
final class OperationTargets {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)");

    private OperationTargets() {
    }

    static UUID of(Class<?> resource, Method method, MultivaluedMap<String, String> pathValues) {
        Matcher parameters = PARAMETER.matcher(OperationActions.template(resource, method));
        return parameters.find() ? OperationLogFilter.uuid(pathValues.getFirst(parameters.group(1))) : null;
    }
}
