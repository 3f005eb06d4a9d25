package org.huddleboard.access;

import java.net.URI;
import java.util.Locale;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * The origin (scheme, host, port) a browser sees this site at, and whether a request's
 * {@code Origin} is it. Scheme and host are as Quarkus resolved them: {@code X-Forwarded-*}
 * and {@code Forwarded} headers count only when they came through a proxy named in
 * {@code quarkus.http.proxy.trusted-proxies}, so a client cannot claim to be on another host.
 * Both the write check ({@link SameOriginCheck}) and the live board's handshake use this.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** This site's origin, as this request reached it. */
    public static String of(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        String host = authority == null ? "" : authority.host();
        int port = authority == null ? -1 : authority.port();
        return normalise(request.scheme(), host, port);
    }

    /** Whether the browser's {@code Origin} header names this site. */
    public static boolean matches(HttpServerRequest request, String origin) {
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            return normalise(uri.getScheme(), uri.getHost(), uri.getPort()).equals(of(request));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String normalise(String scheme, String host, int port) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || s.equals("http") && port == 80 || s.equals("https") && port == 443;
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
