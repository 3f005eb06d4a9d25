package org.huddleboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request with "Expect: 100-continue", written by hand: the body is sent only if
 * the server says continue, as a careful client would. Only for what the JDK's client cannot do.
 */
final class RawHttp {

    private RawHttp() {
    }

    static HostileInputTest.Answer send(String base, HostileInputTest.Attack attack, String cookie) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(attack.method() + " " + attack.path() + " HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Expect: 100-continue\r\n")
                    .append("Content-Length: ").append(attack.body() == null ? 0 : attack.body().length).append("\r\n");
            attack.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (cookie != null) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String[] answer = readHead(in);
            if (answer[0].contains(" 100 ")) {
                if (attack.body() != null) {
                    out.write(attack.body());
                    out.flush();
                }
                answer = readHead(in);
            }
            int status = Integer.parseInt(answer[0].split(" ")[1]);
            String type = "none";
            int length = 0;
            for (int i = 1; i < answer.length; i++) {
                String line = answer[i].toLowerCase(Locale.ROOT);
                if (line.startsWith("content-type:")) {
                    type = answer[i].substring(13).strip();
                } else if (line.startsWith("content-length:")) {
                    length = Integer.parseInt(answer[i].substring(15).strip());
                }
            }
            return new HostileInputTest.Answer(status, type,
                    new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    private static String[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before an answer");
            }
            bytes.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        return bytes.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
    }
}
