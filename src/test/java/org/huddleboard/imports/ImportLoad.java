package org.huddleboard.imports;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huddleboard.TestAuth;
import org.huddleboard.measure.Kind;
import org.huddleboard.measure.WardMeasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

/**
 * A generated history file of any size: every demo ward's measures, one row each per day, going back
 * from yesterday (so the latest 90 days change the demo's values and the rest are new days).
 */
final class ImportLoad {

    record Measure(String ward, String key, Kind kind, double min, double max) {
    }

    private ImportLoad() {
    }

    static byte[] history(int rows) {
        List<Measure> measures = QuarkusTransaction.requiringNew().call(() -> WardMeasure.<WardMeasure> listAll()
                .stream().filter(wm -> wm.removedAt == null)
                .map(wm -> new Measure(wm.ward.code, wm.measure.key, wm.measure.kind, wm.measure.minValue,
                        wm.measure.maxValue))
                .toList());
        StringBuilder csv = new StringBuilder(rows * 48).append("ward,measure,date,value,note\r\n");
        LocalDate day = ImportFiles.today().minusDays(1);
        int written = 0;
        for (int back = 0; written < rows; back++) {
            LocalDate date = day.minusDays(back);
            for (int i = 0; i < measures.size() && written < rows; i++, written++) {
                Measure m = measures.get(i);
                csv.append(m.ward()).append(',').append(m.key()).append(',').append(date).append(',')
                        .append(value(m, back)).append(back % 10 == 0 ? ",\"Imported, checked\"" : ",").append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Measure m, int back) {
        return switch (m.kind()) {
            case YES_NO -> back % 2 == 0 ? "yes" : "no";
            case COUNT -> String.valueOf((long) Math.min(m.max(), m.min() + back % 3));
            default -> String.valueOf(Math.min(m.max(), m.min() + 40 + back % 50 / 2.0));
        };
    }

    record Timed(JsonPath result, long millis) {
    }

    static Timed dryRun(String session, byte[] file) {
        long start = System.nanoTime();
        JsonPath report = given().cookie("hb_session", session).contentType("text/csv; charset=utf-8").body(file)
                .post("/api/imports/history/dry-run").then().statusCode(200).extract().jsonPath();
        return new Timed(report, (System.nanoTime() - start) / 1_000_000);
    }

    static Timed apply(String session, String token) throws InterruptedException {
        long start = System.nanoTime();
        String location = given().cookie("hb_session", session).contentType("application/json")
                .body("{\"token\":\"" + token + "\"}").post("/api/imports/jobs").then().statusCode(202).extract()
                .header("Location");
        for (int i = 0; i < 6000; i++) {
            JsonPath job = given().cookie("hb_session", session).get(location).then().statusCode(200).extract()
                    .jsonPath();
            if (job.getBoolean("finished")) {
                return new Timed(job, (System.nanoTime() - start) / 1_000_000);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not finish in five minutes");
    }

    static String adminSession() {
        return TestAuth.signIn("admin", TestAuth.PASSWORDS.get("admin"));
    }

    static List<Integer> counts(JsonPath report) {
        return new ArrayList<>(List.of(report.getInt("create"), report.getInt("change"), report.getInt("unchanged"),
                report.getInt("rejected")));
    }
}
