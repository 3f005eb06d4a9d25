package org.huddleboard.common;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Quarkus REST reads a body without a Content-Type as if it had the declared one. A client
 * that leaves it out has not said what it sent, so an endpoint that declares what it consumes
 * refuses such a request (415) instead of guessing.
 */
public class ContentTypeRequired {

    @Inject
    Refusals refusals;

    @ServerRequestFilter
    public Optional<Response> require(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || consumed(resource) == null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Problem problem = Refusals.problem(415, "Say what the body is: send a Content-Type header ("
                + String.join(", ", consumed(resource).value()) + ")");
        return Optional.of(Response.status(415).type(refusals.contentType(path)).entity(refusals.body(path, problem))
                .build());
    }

    private static Consumes consumed(SimpleResourceInfo resource) {
        try {
            Consumes onMethod = resource.getResourceClass()
                    .getMethod(resource.getMethodName(), resource.parameterTypes()).getAnnotation(Consumes.class);
            return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Consumes.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
