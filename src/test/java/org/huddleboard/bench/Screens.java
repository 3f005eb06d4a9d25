package org.huddleboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Many wall screens of one ward, each doing what {@code board.js} does: a live socket; on a
 * {@code changed} message with regions, show them; without regions, fetch {@code /board/live}
 * (one fetch at a time per screen, one more if a message came meanwhile); on a drop, reconnect
 * after 1 s, 2 s, 4 s ... (30 s at most) times 0.75 to 1.25. A screen "has" a version once the
 * region on its wall is at that version or later.
 */
final class Screens implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern REGION_VERSION = Pattern.compile("id=\"board-live\"[^>]*?data-version=\"(\\d+)\"");
    /** Client sockets and fetch connections share this process's file descriptors. */
    private static final int MAX_FETCH_CONNECTIONS = 4000;
    /** Browsers offer permessage-deflate, and servers keep a zlib context per socket for it. */
    static final boolean DEFLATE = Boolean.parseBoolean(System.getProperty("bench.deflate", "true"));

    private final Vertx vertx;
    private final int port;
    private final String wsUri;
    private final String fetchUri;
    private final WebSocketClient sockets;
    private final HttpClient http;
    private final Screen[] screens;
    private final AtomicInteger fetchesInFlight = new AtomicInteger();
    private volatile Round round;
    private volatile boolean closing;

    /**
     * @param fetchUri the page's fetch of the live region, or null if the server always sends regions
     * @param cookies the screens share these, in turn
     * @param shownVersion the version every screen shows when its page has loaded
     */
    Screens(Vertx vertx, int count, int port, String wsUri, String fetchUri, List<String> cookies, long shownVersion) {
        this.vertx = vertx;
        this.port = port;
        this.wsUri = wsUri;
        this.fetchUri = fetchUri;
        this.sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(count + 100)
                .setConnectTimeout(10_000).setTryUsePerMessageCompression(DEFLATE)
                .setMaxFrameSize(16 << 20).setMaxMessageSize(16 << 20));
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(Math.min(count, MAX_FETCH_CONNECTIONS)));
        this.screens = new Screen[count];
        for (int i = 0; i < count; i++) {
            screens[i] = new Screen(i, cookies.isEmpty() ? null : cookies.get(i % cookies.size()), shownVersion);
        }
    }

    int count() {
        return screens.length;
    }

    /** Opens every screen's socket, a bounded number of handshakes at a time; the round ends when all are live. */
    Round connectAll(long currentVersion, int concurrentHandshakes) throws InterruptedException {
        Round r = begin(currentVersion, true);
        Semaphore handshakes = new Semaphore(concurrentHandshakes);
        for (Screen s : screens) {
            if (!handshakes.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("handshakes stalled");
            }
            connect(s, handshakes::release);
        }
        return r;
    }

    /**
     * Starts waiting for every screen to show {@code version}; with {@code resync}, also to have had a
     * snapshot since now (a rejoin). Start it before the write or restart it times.
     */
    Round begin(long version, boolean resync) {
        Round r = new Round(version, resync, screens.length);
        round = r;
        return r;
    }

    /** Screens whose wall shows exactly {@code version}. */
    int showing(long version) {
        int n = 0;
        for (Screen s : screens) {
            synchronized (s) {
                if (s.shown == version) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Waits (bounded) until no screen is fetching, so one write's fetches don't queue under the next. */
    void awaitFetchesDone(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (fetchesInFlight.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        for (Screen s : screens) {
            WebSocket ws;
            synchronized (s) {
                ws = s.ws;
                s.ws = null;
            }
            if (ws != null) {
                ws.close();
            }
        }
        Thread.sleep(500);
        sockets.close();
        http.close();
    }

    // --- one screen, as board.js ---

    private void connect(Screen s, Runnable attempted) {
        if (closing) {
            if (attempted != null) {
                attempted.run();
            }
            return;
        }
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI(wsUri).addHeader("Origin", "http://127.0.0.1:" + port);
        if (s.cookie != null) {
            options.addHeader("Cookie", s.cookie);
        }
        sockets.connect(options).onComplete(ar -> {
            if (attempted != null) {
                attempted.run();
            }
            if (ar.failed()) {
                onClose(s);
                return;
            }
            WebSocket ws = ar.result();
            synchronized (s) {
                s.ws = ws;
                s.attempts = 0;
            }
            ws.textMessageHandler(text -> onText(s, text));
            ws.exceptionHandler(x -> {
            });
            ws.closeHandler(x -> onClose(s));
            if (closing) {
                ws.close();
            }
        });
    }

    private void onClose(Screen s) {
        long delay;
        boolean refresh;
        synchronized (s) {
            s.ws = null;
            if (closing) {
                return;
            }
            delay = (long) (Math.min(30_000, 1000 * Math.pow(2, s.attempts++))
                    * (0.75 + ThreadLocalRandom.current().nextDouble() * 0.5));
            refresh = s.attempts > 1;
        }
        if (refresh) {
            refresh(s);
        }
        vertx.setTimer(Math.max(1, delay), id -> connect(s, null));
    }

    private void onText(Screen s, String text) {
        long now = System.nanoTime();
        String type = null;
        long version = -1;
        boolean regions = false;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> type = p.getText();
                    case "version" -> version = p.getLongValue();
                    case "regions" -> regions = value == JsonToken.START_OBJECT;
                    default -> {
                    }
                }
                p.skipChildren();
            }
        } catch (Exception malformed) {
            return;
        }
        boolean fetch = false;
        Round r = round;
        synchronized (s) {
            if ("snapshot".equals(type)) {
                s.snapshotAt = now;
                if (regions) {
                    s.shown = Math.max(s.shown, version);
                } else {
                    fetch = version != s.shown;
                }
            } else if ("changed".equals(type)) {
                if (r != null && version >= r.version) {
                    r.messageAt.compareAndSet(s.id, 0, now);
                }
                if (version > s.shown) {
                    if (regions) {
                        s.shown = version;
                    } else {
                        fetch = true;
                    }
                }
            }
            check(s, now);
        }
        if (fetch) {
            refresh(s);
        }
    }

    /** The page's full resync: fetch the rendered live region and show it if not older. */
    private void refresh(Screen s) {
        if (fetchUri == null) {
            return;
        }
        synchronized (s) {
            if (s.fetching) {
                s.fetchAgain = true;
                return;
            }
            s.fetching = true;
        }
        fetchesInFlight.incrementAndGet();
        Future<String> body = http.request(HttpMethod.GET, port, "127.0.0.1", fetchUri).compose(request -> {
            if (s.cookie != null) {
                request.putHeader("Cookie", s.cookie);
            }
            return request.send().compose(response -> response.statusCode() == 200
                    ? response.body().map(b -> b.toString())
                    : Future.failedFuture("HTTP " + response.statusCode()));
        });
        body.onComplete(ar -> {
            long now = System.nanoTime();
            boolean again;
            synchronized (s) {
                if (ar.succeeded()) {
                    Matcher m = REGION_VERSION.matcher(ar.result());
                    if (m.find()) {
                        s.shown = Math.max(s.shown, Long.parseLong(m.group(1)));
                    }
                }
                s.fetching = false;
                again = s.fetchAgain;
                s.fetchAgain = false;
                check(s, now);
            }
            fetchesInFlight.decrementAndGet();
            if (again) {
                refresh(s);
            }
        });
    }

    /** Call holding the screen's lock. */
    private void check(Screen s, long now) {
        Round r = round;
        if (r != null && s.shown >= r.version && (!r.resync || s.snapshotAt >= r.start)
                && r.at.compareAndSet(s.id, 0, now)) {
            r.done.countDown();
        }
    }

    private static final class Screen {
        final int id;
        final String cookie;
        long shown;
        long snapshotAt;
        int attempts;
        boolean fetching;
        boolean fetchAgain;
        WebSocket ws;

        Screen(int id, String cookie, long shown) {
            this.id = id;
            this.cookie = cookie;
            this.shown = shown;
        }
    }

    /** Waiting for all screens to reach a version: when each did, and when its socket message came. */
    static final class Round {
        final long version;
        final boolean resync;
        final long start = System.nanoTime();
        final AtomicLongArray at;
        final AtomicLongArray messageAt;
        final CountDownLatch done;

        Round(long version, boolean resync, int screens) {
            this.version = version;
            this.resync = resync;
            this.at = new AtomicLongArray(screens);
            this.messageAt = new AtomicLongArray(screens);
            this.done = new CountDownLatch(screens);
        }

        boolean await(long timeoutMillis) throws InterruptedException {
            return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
        }

        /** Milliseconds from {@code from} (nanoTime) to each screen's arrival; absent screens left out. */
        List<Double> millisSince(long from, boolean messages) {
            AtomicLongArray a = messages ? messageAt : at;
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < a.length(); i++) {
                long t = a.get(i);
                if (t != 0) {
                    out.add((t - from) / 1e6);
                }
            }
            return out;
        }

        int arrived() {
            return (int) (at.length() - done.getCount());
        }

        /** nanoTime of the last arrival, or 0 if none. */
        long last() {
            long max = 0;
            for (int i = 0; i < at.length(); i++) {
                max = Math.max(max, at.get(i));
            }
            return max;
        }
    }
}
