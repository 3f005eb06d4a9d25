package org.huddleboard.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.BlockingOperationSupport;

/**
 * Every JSON and form body is checked to be well-formed UTF-8 before anything reads it.
 * Jackson's decoder and the form decoder are lenient: an overlong {@code C0 AF} became "/"
 * (and could slip past any check on the text), other broken bytes became U+FFFD. Here, in
 * one place, such a body is refused with 400 instead.
 */
public class StrictUtf8 {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) throws IOException {
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("Content-Type", "is not a media type such as application/json");
        }
        if (type == null || !request.hasEntity() || !BlockingOperationSupport.isBlockingAllowed()) {
            // Every endpoint that takes a body is blocking; the reader refuses bodies on the I/O thread anyway.
            return;
        }
        boolean json = isJson(type);
        boolean form = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
        if (!json && !form) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        charset = charset == null ? "utf-8" : charset.strip().toLowerCase(Locale.ROOT);
        // JSON is UTF-8 (RFC 8259). Forms may say ISO-8859-1, as some clients do, where every byte is a character.
        boolean latin1 = form && charset.equals("iso-8859-1");
        if (!charset.equals("utf-8") && !latin1) {
            throw new ApiProblem(415, "Unsupported Media Type", "Send the body in UTF-8 (charset=" + charset
                    + " is not accepted)", null, null);
        }
        byte[] body = request.getEntityStream().readAllBytes();
        if (json ? !isUtf8(body) : !isForm(body, !latin1)) {
            throw ApiProblem.invalid("body", json ? "is not well-formed UTF-8"
                    : "is not well-formed form data in UTF-8");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    /** Java's own decoder, set to report: overlong forms, surrogates and truncated sequences all fail. */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Each name and value, once its %XX escapes are undone, must be UTF-8; a broken escape is refused too. */
    static boolean isForm(byte[] body, boolean utf8) {
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&' || body[i] == '=') {
                byte[] decoded = percentDecode(body, start, i);
                if (decoded == null || utf8 && !isUtf8(decoded)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static byte[] percentDecode(byte[] body, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '%') {
                if (i + 2 >= to) {
                    return null;
                }
                int hi = Character.digit(body[i + 1], 16);
                int lo = Character.digit(body[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(b == '+' ? ' ' : b);
            }
        }
        return out.toByteArray();
    }
}
