package org.huddleboard.access;

import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.HttpServerRequest;

/** HttpOnly, SameSite=Lax cookies for the whole site. */
final class Cookies {

    /**
     * 400 days, the longest browsers keep any cookie. A paired screen must stay paired for as long
     * as it hangs there, so {@link DeviceCookieRenewal} sends the cookie again as the board is used.
     */
    private static final int DEVICE_MAX_AGE = 400 * 24 * 3600;

    private Cookies() {
    }

    static NewCookie session(HttpServerRequest request, String token) {
        return base(request, CookieTokens.SESSION_COOKIE, token).build();
    }

    static NewCookie device(HttpServerRequest request, String token) {
        return base(request, CookieTokens.DEVICE_COOKIE, token).maxAge(DEVICE_MAX_AGE).build();
    }

    static NewCookie pairing(HttpServerRequest request, String token) {
        return base(request, PairPage.PAIRING_COOKIE, token)
                .maxAge((int) PairingService.CODE_VALID_FOR.toSeconds()).build();
    }

    static NewCookie expired(HttpServerRequest request, String name) {
        return base(request, name, "").maxAge(0).build();
    }

    /** Secure whenever the browser reached us over HTTPS (directly or through the trust's proxy). */
    private static NewCookie.Builder base(HttpServerRequest request, String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true)
                .secure("https".equals(request.scheme())).sameSite(NewCookie.SameSite.LAX);
    }
}
