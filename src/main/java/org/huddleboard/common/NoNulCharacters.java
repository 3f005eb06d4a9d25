package org.huddleboard.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL character (%00) in a path or a query parameter is refused with 400 before anything looks
 * it up. H2 would look it up and find nothing; PostgreSQL refuses to take it as text at all, which
 * would surface as a server error. Text fields in bodies are checked by {@link PublicText}.
 */
public class NoNulCharacters {

    /** Refusals are thrown: the mappers make them problem JSON on the API and a page elsewhere. */
    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext context) {
        if (context.getUriInfo().getPath().indexOf('\0') >= 0) {
            throw ApiProblem.invalid("path", "contains a NUL character (%00)");
        }
        for (Map.Entry<String, List<String>> p : context.getUriInfo().getQueryParameters().entrySet()) {
            if (p.getKey().indexOf('\0') >= 0 || p.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                throw ApiProblem.invalid(p.getKey().replace('\0', '?'), "contains a NUL character (%00)");
            }
        }
    }
}
