package org.huddleboard.access;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.huddleboard.common.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Cross-site request forgery defence for cookie-authenticated writes: a browser always says
 * where a request comes from (Origin, or Sec-Fetch-Site), and a write from another site is
 * refused. Together with SameSite=Lax cookies this needs no per-form token, which suits wall
 * screens and tablets that keep one page open for months. Clients that are not browsers (curl,
 * integrations) send neither header and are not exposed to CSRF. This site's own origin is
 * the one {@link SameOrigin} resolves, trusting forwarded headers only from configured proxies.
 */
public class SameOriginCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext context, HttpServerRequest request) {
        if (SAFE.contains(context.getMethod())) {
            return null;
        }
        // Browsers set Sec-Fetch-Site themselves and scripts cannot forge it; older ones only send Origin.
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none") ? null
                    : refuse("a " + fetchSite + " request");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !SameOrigin.matches(request, origin)) {
            return refuse("a request from " + origin);
        }
        return null;
    }

    /** Thrown, not answered here: the mappers make it problem JSON on the API and a page elsewhere. */
    private static Response refuse(String what) {
        throw ApiProblem.forbidden("Changes must come from Huddle Board's own pages; refused " + what);
    }
}
