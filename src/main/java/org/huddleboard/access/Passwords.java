package org.huddleboard.access;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt (cost 11) for people's passwords. bcrypt reads only the first 72 bytes of a password
 * and ignores the rest, so a longer password is refused when it is set and never matches at
 * sign-in: two passwords that differ only after byte 72 must never both work.
 */
public final class Passwords {

    static final int MIN_CHARACTERS = 10;
    /** bcrypt's limit, in UTF-8 bytes: an accented letter takes two, many symbols three or four. */
    static final int MAX_BYTES = 72;
    private static final int COST = 11;
    /** Checked against when there is no real hash to check, so a refusal takes as long either way. */
    private static final String DUMMY_HASH = hash("not-a-real-password");

    private Passwords() {
    }

    /** Why this password cannot be set, or empty if it can. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.length() < MIN_CHARACTERS || bytes(password) > MAX_BYTES) {
            return Optional.of("must be " + MIN_CHARACTERS + " to " + MAX_BYTES
                    + " characters (at most " + MAX_BYTES + " bytes: accents and symbols count as two to four)");
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether the password matches; always one bcrypt check, whatever is wrong. */
    public static boolean matches(String password, String hash) {
        boolean checkable = password != null && hash != null && bytes(password) <= MAX_BYTES;
        boolean match = BcryptUtil.matches(checkable ? password : "", checkable ? hash : DUMMY_HASH);
        return checkable && match;
    }

    private static int bytes(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }
}
