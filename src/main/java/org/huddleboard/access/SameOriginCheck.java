package org.huddleboard.access;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

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

    /** Refusals are thrown: the mappers make them problem JSON on the API and a page elsewhere. */
    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext context, HttpServerRequest request) {
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        // Browsers set Sec-Fetch-Site themselves and scripts cannot forge it; older ones only send Origin.
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw refusal("a " + fetchSite + " request");
        }
        if (fetchSite == null && origin != null && !SameOrigin.matches(request, origin)) {
            throw refusal("a request from " + origin);
        }
    }

    private static ApiProblem refusal(String what) {
        return ApiProblem.forbidden("Changes must come from Huddle Board's own pages; refused " + what);
    }
}
