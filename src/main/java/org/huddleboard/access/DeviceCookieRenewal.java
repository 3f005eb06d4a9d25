package org.huddleboard.access;

import java.security.Principal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Browsers cap a cookie's life at 400 days, and a wall screen may hang for years: each time a
 * device loads its board or its live region, its cookie is sent again with a fresh lifetime.
 */
public class DeviceCookieRenewal {

    @ServerResponseFilter
    public void renew(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
                || !request.getUriInfo().getPath().startsWith("/wards/")) {
            return;
        }
        Cookie device = request.getCookies().get(CookieTokens.DEVICE_COOKIE);
        Principal who = request.getSecurityContext().getUserPrincipal();
        if (device != null && who != null && who.getName().startsWith(CookieIdentityProvider.DEVICE_PREFIX)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Cookies.device(http, device.getValue()));
        }
    }
}
