package org.huddleboard.access;

import jakarta.ws.rs.core.NewCookie;

/** HttpOnly, SameSite=Lax cookies for the whole site. */
final class Cookies {

    /**
     * 400 days, the longest browsers keep any cookie. A paired screen must stay paired for as long
     * as it hangs there, so {@link DeviceCookieRenewal} sends the cookie again as the board is used.
     */
    private static final int DEVICE_MAX_AGE = 400 * 24 * 3600;

    private Cookies() {
    }

    static NewCookie session(String token) {
        return base(CookieTokens.SESSION_COOKIE, token).build();
    }

    static NewCookie device(String token) {
        return base(CookieTokens.DEVICE_COOKIE, token).maxAge(DEVICE_MAX_AGE).build();
    }

    static NewCookie pairing(String token) {
        return base(PairPage.PAIRING_COOKIE, token).maxAge((int) PairingService.CODE_VALID_FOR.toSeconds()).build();
    }

    static NewCookie expired(String name) {
        return base(name, "").maxAge(0).build();
    }

    private static NewCookie.Builder base(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
