package org.huddleboard.huddle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.TrustClock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The huddle figures for leaders: the last 30 and 90 complete days, per CSU and ward of their
 * scope, each ward linking to its record. Devices are refused, as by the API: a ward's huddle is
 * on its tablet and wall screen.
 */
@Path("/huddles")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HuddlesPage {

    static final String BENCHMARK = "Leeds reported 91% of wards huddling daily";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Inject
    HuddleFiguresService figures;
    @Inject
    Access access;
    @Inject
    TrustClock clock;

    /** One row: {@code kind} is csu, ward or total. */
    public record Line(String kind, String code, String name, int days, int daysHeld, String share, int huddles,
            String medianLength, String medianAttendance) {
    }

    public record Table(int days, String title, String range, List<Line> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance huddles(List<Table> tables, String today, String benchmark, boolean lead);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        Viewer viewer = access.viewer();
        List<Table> tables = figures.windows(viewer, HuddleFiguresService.WINDOWS).stream().map(HuddlesPage::table)
                .toList();
        return Templates.huddles(tables, day(clock.today()), BENCHMARK, viewer.role() == Role.LEAD);
    }

    static Table table(HuddleFigures f) {
        List<Line> lines = new ArrayList<>();
        for (HuddleFigures.Row csu : f.csus()) {
            lines.add(line("csu", csu));
            f.wards().stream().filter(w -> csu.code().equals(w.csu())).forEach(w -> lines.add(line("ward", w)));
        }
        lines.add(line("total", f.trust()));
        return new Table(f.days(), "Last " + f.days() + " days", day(f.from()) + " to " + day(f.to()), lines);
    }

    private static Line line(String kind, HuddleFigures.Row r) {
        return new Line(kind, r.code(), r.name(), r.days(), r.daysHeld(), r.sharePercent() + "%", r.huddles(),
                minutes(r.medianMinutes()), number(r.medianAttendance()));
    }

    /** "11 min", "10.5 min"; "–" for none. */
    static String minutes(Double minutes) {
        return minutes == null ? "–" : number(minutes) + " min";
    }

    /** "7", "7.5"; "–" for none. */
    static String number(Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
