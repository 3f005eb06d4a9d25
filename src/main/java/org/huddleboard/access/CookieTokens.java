package org.huddleboard.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session and device tokens a request carried in its cookies; either may be absent. */
public class CookieTokens extends BaseAuthenticationRequest {

    public static final String SESSION_COOKIE = "hb_session";
    public static final String DEVICE_COOKIE = "hb_device";

    public final String session;
    public final String device;

    public CookieTokens(String session, String device) {
        this.session = session;
        this.device = device;
    }
}
