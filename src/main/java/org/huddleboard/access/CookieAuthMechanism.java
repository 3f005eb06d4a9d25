package org.huddleboard.access;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.common.Refusals;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the session cookie (a signed-in person) or the device cookie (a paired screen or
 * tablet). Trust single sign-on (OpenID Connect) can later be added as another mechanism
 * beside this one, producing the same {@link Viewer}.
 *
 * <p>Anyone else is sent to {@code /pair}, never to a login form: a wall screen that lost its
 * pairing must show a pairing code, which staff can act on from across the room.
 */
@ApplicationScoped
public class CookieAuthMechanism implements HttpAuthenticationMechanism {

    @Inject
    Refusals refusals;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String session = value(context.request().getCookie(CookieTokens.SESSION_COOKIE));
        String device = value(context.request().getCookie(CookieTokens.DEVICE_COOKIE));
        if (session == null && device == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        CookieTokens tokens = new CookieTokens(session, device);
        HttpSecurityUtils.setRoutingContextAttribute(tokens, context);
        return identities.authenticate(tokens);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (Refusals.isApi(path)) {
            return Uni.createFrom().item(new ChallengeData(401, null, null));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/pair"));
    }

    /** As {@link #getChallenge}, but a program is also told why, in problem JSON, not with a bare 401. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (!Refusals.isApi(path)) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        context.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, refusals.contentType(path))
                .end(refusals.body(path, Refusals.problem(401, "Sign in, or pair this device, first")));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CookieTokens.class);
    }

    private static String value(Cookie cookie) {
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
