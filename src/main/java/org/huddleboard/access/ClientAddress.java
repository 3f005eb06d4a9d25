package org.huddleboard.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Where a request comes from, as a key for per-source limits. The address is the one Quarkus
 * resolved: a client's own {@code X-Forwarded-For} counts only when it came through a proxy
 * named in {@code quarkus.http.proxy.trusted-proxies}. One IPv6 host may use a whole /64, so
 * IPv6 addresses count by their /64.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String host = remote == null ? null : remote.host();
        if (host == null || host.isBlank()) {
            return "unknown";
        }
        host = host.strip();
        if (host.indexOf(':') >= 0) {
            return ipv6Prefix(host);
        }
        return host.length() > 64 ? host.substring(0, 64) : host;
    }

    private static String ipv6Prefix(String host) {
        String literal = host.replace("[", "").replace("]", "");
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        try {
            // A literal with ':' is parsed, never looked up.
            InetAddress address = InetAddress.getByName(literal);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException | IllegalArgumentException e) {
            return literal.length() > 64 ? literal.substring(0, 64) : literal;
        }
    }
}
