package org.huddleboard.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.huddleboard.access.Passwords;
import org.huddleboard.access.Role;
import org.huddleboard.access.ScopeChanged;
import org.huddleboard.access.Viewer;
import org.huddleboard.audit.Audit;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.huddleboard.measure.BoardChanged;
import org.huddleboard.ward.Ward;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Bulk import from CSV: a dry run that reports every row, and an apply of that same file in one
 * transaction, all or nothing. The dry run keeps the file (a few, for an hour) under a token, a hash of
 * its bytes; apply names the token, reads the file again and checks it again against the data as it
 * is then, and refuses the whole file if any row would now be rejected.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    /** Files kept between a dry run and its apply: the last few, for an hour. */
    static final int KEPT_FILES = 8;
    static final long KEPT_MINUTES = 60;
    /** The live change each ward whose board an import changed gets. */
    static final String KIND = "ward-setup";

    record Upload(ImportKind kind, String fileName, byte[] bytes, long personId, Instant at, int rejected) {
    }

    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    TrustClock clock;
    @Inject
    Audit audit;
    @Inject
    Event<BoardChanged> changes;
    @Inject
    Event<ScopeChanged> scopeChanged;

    /** Admins import anything; a ward's lead imports measure history for their own wards only. */
    static void requireImporter(Viewer viewer, ImportKind kind) {
        boolean allowed = viewer.role() == Role.ADMIN || viewer.role() == Role.LEAD && kind == ImportKind.HISTORY;
        if (!allowed) {
            throw ApiProblem.forbidden(viewer.role() == Role.LEAD
                    ? "Only an administrator may import " + kind.label + "; a lead may import their wards' measure history"
                    : "Only an administrator, or a ward's lead for their wards' measure history, may import");
        }
    }

    /** The wards whose history this viewer may import: null for every ward. */
    static java.util.Set<String> scope(Viewer viewer) {
        return viewer.role() == Role.ADMIN ? null : viewer.wards();
    }

    public ImportReport dryRun(Viewer viewer, ImportKind kind, String fileName, byte[] bytes) {
        requireImporter(viewer, kind);
        CsvFile file = CsvFile.parse(bytes, kind);
        String token = kind.code() + "-" + sha256(bytes);
        ImportReport report = ImportReport.of(kind, name(fileName), token, plan(kind, file, viewer).lines());
        keep(token, new Upload(kind, name(fileName), bytes, viewer.id(), clock.now(), report.rejected()));
        return report;
    }

    /** The file a dry run kept under this token, if the same person still may apply it. */
    Upload upload(Viewer viewer, String token) {
        Upload upload;
        synchronized (uploads) {
            upload = token == null ? null : uploads.get(token);
        }
        if (upload == null || upload.personId() != viewer.id() || upload.at().isBefore(clock.now().minus(KEPT_MINUTES, ChronoUnit.MINUTES))) {
            throw ApiProblem.notFound("A dry run of yours with that token (dry runs are kept for an hour; upload"
                    + " the file again)");
        }
        requireImporter(viewer, upload.kind());
        if (upload.rejected() > 0) {
            throw ApiProblem.conflict(String.format("The dry run rejected %,d rows of this file, so none of it is"
                    + " applied; correct them (the report says why) and upload the file again", upload.rejected()),
                    null);
        }
        return upload;
    }

    /** Applies the file in this one transaction; nothing is written unless every row passes. */
    @TransactionConfiguration(timeout = 900)
    public ImportReport apply(Viewer viewer, Upload upload, ImportJob job) {
        requireImporter(viewer, upload.kind());
        Progress progress = job == null ? Progress.NONE : job.progress();
        if (job != null) {
            job.state = ImportJob.State.CHECKING;
        }
        CsvFile file = CsvFile.parse(upload.bytes(), upload.kind());
        lockNamedWards(upload.kind(), file);
        Planned planned = plan(upload.kind(), file, viewer);
        ImportReport report = ImportReport.of(upload.kind(), upload.fileName(), null, planned.lines());
        if (report.rejected() > 0) {
            throw ApiProblem.conflict(String.format("%,d rows of this file are now rejected (the data changed since"
                    + " the dry run); nothing was changed. Run the dry run again to see why", report.rejected()), null);
        }
        progress.total(report.create() + report.change());
        if (job != null) {
            job.state = ImportJob.State.WRITING;
        }
        Map<Ward, Long> versions = new LinkedHashMap<>();
        for (Ward w : planned.changedWards()) {
            versions.put(w, Ward.nextBoardVersion(w));
        }
        Map<String, Long> boardVersions = new LinkedHashMap<>();
        versions.forEach((w, v) -> boardVersions.put(w.code, v));
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        planned.apply().accept(now, progress);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", upload.fileName());
        counts.put("rows", report.rows());
        counts.put("created", report.create());
        counts.put("changed", report.change());
        counts.put("unchanged", report.unchanged());
        counts.put("wards", boardVersions.keySet());
        audit.record(viewer, null, null, "import." + upload.kind().code(), upload.kind().label + " import: "
                + report.doneSummary(), null, counts);
        boardVersions.forEach((code, version) -> changes.fire(new BoardChanged(code, version, KIND, counts)));
        return report;
    }

    /** A ward whose board the file may change is locked before anything is read, in id order. */
    private void lockNamedWards(ImportKind kind, CsvFile file) {
        List<String> codes = switch (kind) {
            case HISTORY -> HistoryImport.wardCodes(file);
            case WARDS -> file.rows().stream().map(r -> r.get("code").strip()).distinct().toList();
            case PEOPLE -> List.of();
        };
        List<Ward> wards = new ArrayList<>();
        for (String code : codes) {
            Ward.findByCode(code).ifPresent(wards::add);
        }
        wards.sort(Comparator.comparingLong(w -> w.id));
        wards.forEach(w -> em.refresh(w, LockModeType.PESSIMISTIC_WRITE));
    }

    interface Writer {
        void accept(Instant now, Progress progress);
    }

    record Planned(List<RowReport> lines, List<Ward> changedWards, Writer apply) {
    }

    private Planned plan(ImportKind kind, CsvFile file, Viewer viewer) {
        switch (kind) {
            case HISTORY -> {
                HistoryImport history = new HistoryImport(em, clock.today(), scope(viewer));
                history.plan(file);
                return new Planned(history.lines, history.changedWards(), history::apply);
            }
            case PEOPLE -> {
                PeopleImport people = new PeopleImport();
                people.plan(file);
                return new Planned(people.lines, List.of(), (now, progress) -> people.apply(now,
                        people.writes() == 0 ? null : Passwords.hash(secret()), scopeChanged, progress));
            }
            default -> {
                WardImport wards = new WardImport();
                wards.plan(file);
                return new Planned(wards.lines, wards.changedWards(), (now, progress) -> wards.apply(progress));
            }
        }
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 40);
    }

    private void keep(String token, Upload upload) {
        synchronized (uploads) {
            uploads.remove(token);
            uploads.put(token, upload);
            while (uploads.size() > KEPT_FILES) {
                uploads.remove(uploads.keySet().iterator().next());
            }
        }
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.csv";
        }
        String plain = fileName.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return plain.length() > 80 ? plain.substring(0, 80) : plain;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
