package org.huddleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

/**
 * The limit the benchmark compares Huddle Board with: a bare Vert.x WebSocket broadcast server with
 * no database, no access checks and no rendering. It speaks the wall page's protocol: a snapshot on
 * connect, and for each {@code POST /publish} a {@code changed} message carrying the posted HTML as
 * the {@code board-live} region, to every socket.
 *
 * <p>Run by the benchmark as its own process: {@code BareServer <port> <start-version> <region-file>}.
 * The start version lets a restarted server carry on where the last one stopped, as a database would.
 */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        AtomicLong version = new AtomicLong(Long.parseLong(args[1]));
        String[] region = { Files.readString(Path.of(args[2])) };
        Set<ServerWebSocket> sockets = ConcurrentHashMap.newKeySet();
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                .setMaxWebSocketFrameSize(16 << 20).setMaxWebSocketMessageSize(16 << 20))
                .webSocketHandler(ws -> {
                    sockets.add(ws);
                    ws.closeHandler(x -> sockets.remove(ws));
                    ws.exceptionHandler(x -> sockets.remove(ws));
                    ws.writeTextMessage(message("snapshot", version.get(), region[0]));
                })
                .requestHandler(request -> {
                    if (request.path().equals("/ready")) {
                        request.response().end("ready");
                    } else if (request.path().equals("/publish")) {
                        request.body().onSuccess(body -> {
                            String text;
                            long v;
                            synchronized (version) {
                                region[0] = body.toString();
                                v = version.incrementAndGet();
                                text = message("changed", v, region[0]);
                            }
                            for (ServerWebSocket ws : sockets) {
                                ws.writeTextMessage(text);
                            }
                            request.response().end(Long.toString(v));
                        });
                    } else {
                        request.response().setStatusCode(404).end();
                    }
                })
                .listen().toCompletionStage().toCompletableFuture().get();
        System.out.println("Bare broadcast server listening on 127.0.0.1:" + port);
    }

    private static String message(String type, long version, String html) {
        return "{\"type\":\"" + type + "\",\"ward\":\"ward-12\",\"version\":" + version
                + ",\"kind\":\"measure-entry\",\"regions\":{\"board-live\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(html)) + "\"}}";
    }
}
