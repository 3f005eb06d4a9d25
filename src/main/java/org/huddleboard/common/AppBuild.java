package org.huddleboard.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which build of the wall screen the server serves: the application's version and a hash of the wall page's
 * template and of every script and stylesheet it links. A wall page carries the one it was served with and
 * its live snapshots carry the server's; a screen that sees them differ reloads once (board.js). The hash is
 * of contents, so restarting the same build reloads no screen, and any change a reload would fetch does.
 */
@ApplicationScoped
public class AppBuild {

    static final String PAGE = "templates/BoardPage/board.html";
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"/((?:css|js)/[^\"?#]+)\"");

    private final String version;
    private volatile String id;

    public AppBuild(@ConfigProperty(name = "quarkus.application.version", defaultValue = "0") String version) {
        this.version = version;
    }

    public String id() {
        String current = id;
        if (current == null) {
            current = version + "-" + hash();
            id = current;
        }
        return current;
    }

    /** For tests that stand for a server upgraded under open screens; {@code null} goes back to the real one. */
    public void setId(String id) {
        this.id = id;
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] page = read(PAGE);
            digest.update(page);
            Matcher linked = LINKED.matcher(new String(page, StandardCharsets.UTF_8));
            while (linked.find()) {
                digest.update(linked.group(1).getBytes(StandardCharsets.UTF_8));
                digest.update(read("META-INF/resources/" + linked.group(1)));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = AppBuild.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
