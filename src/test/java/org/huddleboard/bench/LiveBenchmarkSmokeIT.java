package org.huddleboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The live benchmark in small, in every build, so it keeps working: 100 screens of ward 12 on the
 * packaged application and on the bare broadcast server, a few writes, a restart. Every screen gets
 * every write within 5 s and shows the board's final version after rejoining.
 */
class LiveBenchmarkSmokeIT {

    private static final int SCREENS = 100;
    private static final int UPDATES = 5;

    @Test
    void hundredScreensGetEveryChangeAndRejoinAfterARestart() throws Exception {
        try (LiveBenchmark bench = new LiveBenchmark()) {
            LiveBenchmark.SizeResult result = bench.run(SCREENS, UPDATES);
            System.out.println(bench.table(java.util.List.of(result)));
            for (LiveBenchmark.Result r : java.util.List.of(result.bare(), result.huddle())) {
                assertEquals(0, r.notConnected, r.name + ": screens that never got their first snapshot");
                assertEquals(SCREENS * UPDATES, r.wall.size(), r.name + ": deliveries that arrived at all");
                assertEquals(0, r.missed(), r.name + ": deliveries missed or later than 5 s");
                assertEquals(0, r.notRejoined, r.name + ": screens not back after the restart");
                assertEquals(SCREENS, r.showingFinal, r.name + ": screens showing final version " + r.finalVersion);
            }
        }
    }
}
