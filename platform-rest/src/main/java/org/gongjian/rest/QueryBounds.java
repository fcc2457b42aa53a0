package org.gongjian.rest;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Every query parameter of every service is a single line of at most {@value Bounds#MAX_QUERY_LENGTH} characters
 * without control characters, checked before any resource sees it: a NUL never reaches the database.
 */
public class QueryBounds {

    @ServerRequestFilter(preMatching = true)
    public void check(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (Bounds.textProblem(name, false) != null) {
                throw ProblemException.invalid("query", "names a parameter with control characters");
            }
            for (String value : parameter.getValue()) {
                String problem = Bounds.textProblem(value, false);
                if (problem != null) {
                    throw ProblemException.invalid(name, problem);
                }
                if (value.length() > Bounds.MAX_QUERY_LENGTH) {
                    throw ProblemException.invalid(name, "at most " + Bounds.MAX_QUERY_LENGTH + " characters");
                }
            }
        }
    }
}
