package org.huddleboard.huddle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A ward's huddle record for staff: today and the 30 days before, day by day, newest first:
 * held or not, each huddle's start, length, facilitator, attendance and roles, notes, and what
 * the ward changed on its board while it ran; above it, the ward's 30-day figures as the
 * figures page counts them. For people who may read the ward; devices are refused (the tablet's
 * own huddle page is {@code /wards/{ward}/huddle}).
 */
@Path("/wards/{ward}/huddles")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HuddleRecordPage {

    static final int DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    HuddleService huddles;
    @Inject
    Access access;
    @Inject
    TrustClock clock;

    public record WardInfo(String code, String name) {
    }

    /** One day: {@code state} is held, missed, today (none yet) or running. */
    public record Day(String date, String state, String word, List<Row> huddles) {
    }

    /** One huddle of the day; a day without one has a single row with {@code none} set, to carry the day's cells. */
    public record Row(long id, boolean none, String start, String length, int target, String facilitator,
            int attendance, String roles, String notes, String changes) {

        static final Row NONE = new Row(0, true, null, null, 0, null, 0, null, null, null);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(WardInfo ward, List<Day> days, HuddlesPage.Line summary,
                String today);
    }

    @GET
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance page(@PathParam("ward") String wardCode) {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            throw ApiProblem.forbidden("The huddle record is for staff; this ward's huddle is on its "
                    + (viewer.role() == Role.DISPLAY ? "board" : "tablet"));
        }
        List<HuddleDay> record = huddles.days(viewer, wardCode, String.valueOf(DAYS + 1));
        Ward ward = Ward.findByCode(wardCode).orElseThrow();
        LocalDate today = clock.today();
        List<Day> days = new ArrayList<>();
        List<HuddleView> complete = new ArrayList<>();
        for (HuddleDay d : record) {
            boolean isToday = d.date().equals(today);
            if (!isToday) {
                complete.addAll(d.huddles());
            }
            days.add(day(d, isToday));
        }
        HuddleFigures.Row row = HuddleFiguresService.wardRow(ward.code, ward.name, ward.csu.code, DAYS, complete);
        HuddlesPage.Line summary = new HuddlesPage.Line("ward", row.code(), row.name(), row.days(), row.daysHeld(),
                row.sharePercent() + "%", row.huddles(), HuddlesPage.minutes(row.medianMinutes()),
                HuddlesPage.number(row.medianAttendance()));
        return Templates.record(new WardInfo(ward.code, ward.name), days, summary, HuddlesPage.day(today));
    }

    private Day day(HuddleDay d, boolean isToday) {
        String date = (isToday ? "Today, " : "") + DAY.format(d.date());
        List<Row> rows = d.huddles().isEmpty() ? List.of(Row.NONE) : d.huddles().stream().map(this::row).toList();
        if (d.huddles().stream().anyMatch(HuddleView::inProgress)) {
            return new Day(date, "running", "In progress", rows);
        }
        if (d.held()) {
            return new Day(date, "held", "Held", rows);
        }
        return isToday ? new Day(date, "today", "Not yet today", rows) : new Day(date, "missed", "Not held", rows);
    }

    private Row row(HuddleView h) {
        return new Row(h.id(), false, TIME.format(h.startedAt().atZone(clock.zone())), length(h), h.targetMinutes(),
                h.facilitator(), h.attendance(), h.rolesText(), h.notes(), changes(h.changes(), h.inProgress()));
    }

    /** "11 min", "under 1 min", "ended automatically", "in progress". */
    static String length(HuddleView h) {
        if (h.inProgress()) {
            return "in progress";
        }
        if (h.autoEnded()) {
            return "ended automatically";
        }
        long minutes = Math.round(h.durationMinutes());
        return minutes < 1 ? "under 1 min" : minutes + " min";
    }

    /** "9 measure values entered, 1 idea added"; what a huddle changed in words. */
    static String changes(List<HuddleActivity.Count> counts, boolean inProgress) {
        if (counts.isEmpty()) {
            return inProgress ? "Nothing changed yet" : "No board changes recorded";
        }
        return counts.stream().map(c -> c.count() + " " + (c.count() == 1 ? singular(c.what()) : c.what()))
                .collect(Collectors.joining(", "));
    }

    /** "measure values entered" to "measure value entered": the first plural word loses its s ("thanks" stays). */
    static String singular(String what) {
        String[] words = what.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].endsWith("s") && !words[i].equals("thanks")) {
                words[i] = words[i].substring(0, words[i].length() - 1);
                break;
            }
        }
        return String.join(" ", words);
    }
}
