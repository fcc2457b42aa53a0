package org.gongjian.rest.operationlog;

import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stable name of an operation: the HTTP method and the route template, {@code POST /api/pairings/{id}/approval}. */
final class OperationActions {

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    private OperationActions() {
    }

    static String of(String httpMethod, Class<?> resource, Method method) {
        return httpMethod + " " + TEMPLATES.computeIfAbsent(method, m -> template(resource, m));
    }

    static String template(Class<?> resource, Method method) {
        Path type = resource.getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String joined = "/" + (type == null ? "" : type.value()) + "/" + (own == null ? "" : own.value());
        String template = joined.replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }
}
