package org.huddleboard.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns cookie tokens into an identity; an unknown, expired or revoked token is anonymous. */
@ApplicationScoped
public class CookieIdentityProvider implements IdentityProvider<CookieTokens> {

    static final String DEVICE_PREFIX = "device:";

    @Inject
    ViewerCache viewers;

    @Override
    public Class<CookieTokens> getRequestType() {
        return CookieTokens.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CookieTokens tokens, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Viewer viewer = viewers.find(tokens.session, tokens.device);
            if (viewer == null) {
                return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal((viewer.isDevice() ? DEVICE_PREFIX : "person:") + viewer.name()))
                    .addRole(viewer.role().roleName())
                    .addAttribute(Viewer.ATTRIBUTE, viewer);
            if (viewer.expiresAt() != null) {
                // WebSockets Next closes a connection whose identity has expired: a session's live board ends with it.
                identity.addAttribute("quarkus.identity.expire-time", viewer.expiresAt().getEpochSecond());
            }
            return identity.build();
        });
    }
}
