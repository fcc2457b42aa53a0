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
            if (Bounds.textRefusal(name, false) != null) {
                throw ProblemException.invalid("query", ProblemTitles.field("parameter-name"));
            }
            for (String value : parameter.getValue()) {
                Message problem = Bounds.textRefusal(value, false);
                if (problem != null) {
                    throw ProblemException.invalid(name, problem);
                }
                if (value.length() > Bounds.MAX_QUERY_LENGTH) {
                    throw ProblemException.invalid(name, ProblemTitles.field("too-long", Bounds.MAX_QUERY_LENGTH));
                }
            }
        }
    }
}
