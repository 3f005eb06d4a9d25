package org.huddleboard.ward;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Problem;
import org.huddleboard.common.PublicText;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;

/**
 * Setting up a trust's CSUs and wards: the one place the API and the setup pages create, change
 * and retire them. Admins do everything; a ward's leads change only its huddle time, huddle
 * length and wall theme. Codes are unique forever, retired ones included; retiring keeps every row.
 */
@ApplicationScoped
@Transactional
public class WardSetupService {

    @jakarta.inject.Inject
    org.huddleboard.access.PairingService pairing;

    /** What a ward's screens are told when its setup changes: an unknown kind re-renders every region. */
    public static final String KIND = "ward-setup";
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 30;
    static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String CODE = "[a-z0-9-]{2,40}";
    private static final String LEAD_LIMIT = "A ward's leads change only its huddle time, huddle length and wall"
            + " theme; an administrator changes its name and CSU";

    @Inject
    Audit audit;
    @Inject
    TrustClock clock;
    @Inject
    Event<BoardChanged> changes;
    @Inject
    WardScope scope;

    // ---- CSUs

    public List<CsuSetup> csus() {
        List<Ward> live = Ward.listLiveWithCsu();
        return Csu.listByName().stream().map(c -> csuView(c, live)).toList();
    }

    public CsuSetup csu(String code) {
        Csu c = findCsu(code);
        return csuView(c, Ward.listLiveWithCsu());
    }

    public CsuSetup createCsu(Viewer by, CsuRequest request) {
        requireAdmin(by, "Only administrators create CSUs");
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String code = code(request.code(), errors);
        String name = name(request.name(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        if (Csu.count("code", code) > 0) {
            throw ApiProblem.conflict("CSU code " + code + " is taken (codes are never reused, retired CSUs'"
                    + " included)", null);
        }
        Csu c = new Csu();
        c.code = code;
        c.name = PublicText.check("name", name);
        c.persist();
        CsuSetup after = csuView(c, List.of());
        audit.record(by, null, null, "csu.created", "csu " + code, null, after);
        return after;
    }

    public CsuSetup renameCsu(Viewer by, String code, CsuRequest request) {
        requireAdmin(by, "Only administrators rename CSUs");
        Csu c = findCsu(code);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        if (request.code() != null && !request.code().strip().equals(c.code)) {
            throw ApiProblem.invalid("code", "is fixed once created; CSU " + c.code + " keeps its code");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = name(request.name(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        PublicText.check("name", name);
        refuseRetired(c);
        List<Ward> wards = liveWardsOf(c);
        checkVersion(request.version(), c.version, "CSU", csuView(c, wards));
        CsuSetup before = csuView(c, wards);
        if (name.equals(c.name)) {
            return before;
        }
        // Boards show their CSU's name: every live ward of it is told, locked in ward id order.
        List<Long> versions = wards.stream().map(Ward::nextBoardVersion).toList();
        c.name = name;
        c.version++;
        CsuSetup after = csuView(c, wards);
        audit.record(by, null, null, "csu.renamed", "csu " + c.code, before, after);
        for (int i = 0; i < wards.size(); i++) {
            changes.fire(new BoardChanged(wards.get(i).code, versions.get(i), KIND, WardSetup.of(wards.get(i))));
        }
        return after;
    }

    public CsuSetup retireCsu(Viewer by, String code, Integer version) {
        requireAdmin(by, "Only administrators retire CSUs");
        Csu c = findCsu(code);
        refuseRetired(c);
        List<Ward> wards = liveWardsOf(c);
        checkVersion(version, c.version, "CSU", csuView(c, wards));
        if (!wards.isEmpty()) {
            throw ApiProblem.conflict("CSU " + c.code + " still has live wards: "
                    + String.join(", ", wards.stream().map(w -> w.name + " (" + w.code + ")").toList())
                    + "; retire them or move them to another CSU first", csuView(c, wards));
        }
        CsuSetup before = csuView(c, wards);
        c.retiredAt = clock.now();
        c.version++;
        CsuSetup after = csuView(c, wards);
        audit.record(by, null, null, "csu.retired", "csu " + c.code, before, after);
        return after;
    }

    // ---- wards

    /** The wards the viewer may see, live and retired, for the setup screens. */
    public List<WardSetup> wards(Viewer viewer) {
        return Ward.listWithCsu().stream().filter(viewer::canRead).map(WardSetup::of).toList();
    }

    public WardSetup ward(Viewer viewer, String code) {
        return WardSetup.of(Access.readable(viewer, code, "You may not see ward " + code));
    }

    /** What the viewer may change on this ward: "all", "huddle" (a lead of it) or "none". */
    public static String mayChange(Viewer viewer, WardSetup ward) {
        if (viewer.role() == Role.ADMIN) {
            return "all";
        }
        return viewer.role() == Role.LEAD && viewer.wards().contains(ward.code()) ? "huddle" : "none";
    }

    public WardSetup createWard(Viewer by, WardRequest request) {
        requireAdmin(by, "Only administrators create wards");
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String code = code(request.code(), errors);
        String name = name(request.name(), errors);
        Csu csu = liveCsu(request.csu(), errors);
        LocalTime time = huddleTime(request.huddleTime(), errors);
        Integer minutes = minutes(request.huddleMinutes(), errors);
        WallTheme theme = theme(request.theme(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        PublicText.check("name", name);
        if (Ward.count("code", code) > 0) {
            throw ApiProblem.conflict("Ward code " + code + " is taken (codes are never reused, retired wards'"
                    + " included)", null);
        }
        Ward w = new Ward();
        w.code = code;
        w.name = name;
        w.csu = csu;
        w.huddleTime = time;
        if (minutes != null) {
            w.huddleMinutes = minutes;
        }
        if (theme != null) {
            w.wallTheme = theme;
        }
        w.persist();
        WardSetup after = WardSetup.of(w);
        audit.record(by, null, w.code, "ward.created", "ward " + w.code, null, after);
        return after;
    }

    public WardSetup updateWard(Viewer by, String code, WardRequest request) {
        Ward w = Access.readable(by, code, "You may not see ward " + code);
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        boolean admin = by.role() == Role.ADMIN;
        Access.requireLead(by, w, "Only the ward's leads and administrators change its settings");
        if (request.code() != null && !request.code().strip().equals(w.code)) {
            throw ApiProblem.invalid("code", "is fixed once created; ward " + w.code + " keeps its code");
        }
        if (!admin && (request.name() != null && !request.name().strip().equals(w.name)
                || request.csu() != null && !request.csu().strip().equals(w.csu.code))) {
            throw ApiProblem.forbidden(LEAD_LIMIT);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? w.name : name(request.name(), errors);
        Csu csu = request.csu() == null || request.csu().strip().equals(w.csu.code) ? w.csu
                : liveCsu(request.csu(), errors);
        LocalTime time = huddleTime(request.huddleTime(), errors);
        Integer minutes = request.huddleMinutes() == null ? w.huddleMinutes : minutes(request.huddleMinutes(), errors);
        WallTheme theme = request.theme() == null ? w.wallTheme : theme(request.theme(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        PublicText.check("name", name);
        long boardVersion = Ward.nextBoardVersion(w);
        refuseRetired(w);
        checkVersion(request.version(), w.settingsVersion, "ward's settings", WardSetup.of(w));
        WardSetup before = WardSetup.of(w);
        w.name = name;
        w.csu = csu;
        w.huddleTime = time;
        w.huddleMinutes = minutes;
        w.wallTheme = theme;
        if (!Objects.equals(before, WardSetup.of(w))) {
            w.settingsVersion++;
        }
        WardSetup after = WardSetup.of(w);
        audit.record(by, null, w.code, "ward.updated", "ward " + w.code, before, after);
        changes.fire(new BoardChanged(w.code, boardVersion, KIND, after));
        if (!csu.code.equals(before.csu())) {
            scope.forget(w.code);
        }
        return after;
    }

    public WardSetup retireWard(Viewer by, String code, Integer version) {
        requireAdmin(by, "Only administrators retire wards");
        Ward w = Ward.findByCode(code).orElseThrow(() -> ApiProblem.notFound("Ward " + code));
        long boardVersion = Ward.nextBoardVersion(w);
        refuseRetired(w);
        checkVersion(version, w.settingsVersion, "ward's settings", WardSetup.of(w));
        WardSetup before = WardSetup.of(w);
        w.retiredAt = clock.now();
        w.settingsVersion++;
        WardSetup after = WardSetup.of(w);
        audit.record(by, null, w.code, "ward.retired", "ward " + w.code, before, after);
        pairing.revokeAllOf(by, w);
        changes.fire(new BoardChanged(w.code, boardVersion, KIND, after));
        scope.forget(w.code);
        return after;
    }

    // ---- rules

    private static void refuseRetired(Ward w) {
        Access.refuseRetired(w);
    }

    private static void refuseRetired(Csu c) {
        if (c.retiredAt != null) {
            throw ApiProblem.conflict("CSU " + c.code + " was retired", null);
        }
    }

    private static void requireAdmin(Viewer by, String refusal) {
        if (by.role() != Role.ADMIN) {
            throw ApiProblem.forbidden(refusal);
        }
    }

    private static void checkVersion(Integer sent, int stored, String what, Object current) {
        if (sent == null) {
            throw ApiProblem.invalid("version", "is required: send the version of the " + what + " you loaded");
        }
        if (sent != stored) {
            throw ApiProblem.conflict("This " + what + " was changed since you loaded it (now version " + stored
                    + "); check it as it is now and try again", current);
        }
    }

    private static Csu findCsu(String code) {
        return Csu.<Csu> find("code", code == null ? "" : code).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("CSU " + code));
    }

    private static List<Ward> liveWardsOf(Csu c) {
        return Ward.<Ward> list("csu = ?1 and retiredAt is null", c).stream()
                .sorted(Comparator.comparingLong((Ward w) -> w.id)).toList();
    }

    private static CsuSetup csuView(Csu c, List<Ward> live) {
        return new CsuSetup(c.code, c.name, c.version, c.retiredAt != null,
                live.stream().filter(w -> w.csu.id.equals(c.id)).map(w -> w.code).sorted().toList());
    }

    private static String code(String text, List<Problem.FieldError> errors) {
        String code = text == null ? "" : text.strip();
        if (!code.matches(CODE)) {
            errors.add(new Problem.FieldError("code", "must be 2 to 40 lower-case letters, digits or dashes,"
                    + " such as ward-12"));
        }
        return code;
    }

    private static String name(String text, List<Problem.FieldError> errors) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new Problem.FieldError("name", "is required, at most 120 characters"));
        }
        return name;
    }

    private static Csu liveCsu(String code, List<Problem.FieldError> errors) {
        String wanted = code == null ? "" : code.strip();
        Csu c = wanted.isEmpty() ? null : Csu.<Csu> find("code", wanted).firstResult();
        if (c == null) {
            errors.add(new Problem.FieldError("csu", wanted.isEmpty() ? "is required: a CSU's code"
                    : "'" + wanted + "' is not a known CSU code"));
        } else if (c.retiredAt != null) {
            errors.add(new Problem.FieldError("csu", "CSU " + c.code + " was retired; choose a live one"));
            return null;
        }
        return c;
    }

    private static LocalTime huddleTime(String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            return LocalTime.parse(t, HHMM);
        }
        errors.add(new Problem.FieldError("huddleTime", "must be a time like 09:30 (24-hour clock), or empty for"
                + " the trust's huddle time"));
        return null;
    }

    private static Integer minutes(Integer minutes, List<Problem.FieldError> errors) {
        if (minutes == null) {
            return null;
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            errors.add(new Problem.FieldError("huddleMinutes", "must be a whole number from " + MIN_MINUTES
                    + " to " + MAX_MINUTES));
        }
        return minutes;
    }

    private static WallTheme theme(String text, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        for (WallTheme t : WallTheme.values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        errors.add(new Problem.FieldError("theme", "must be DARK or LIGHT"));
        return null;
    }
}
