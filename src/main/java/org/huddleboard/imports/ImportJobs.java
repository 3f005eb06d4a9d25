package org.huddleboard.imports;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.jboss.logging.Logger;

/**
 * Runs applies as jobs, one at a time (two imports touching the same wards would only wait for
 * each other's locks), and keeps the last few for whoever polls them.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final int KEPT_JOBS = 50;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "csv-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Inject
    ImportService imports;
    @Inject
    TrustClock clock;

    /** Starts applying the file a dry run kept under {@code token}; the job reports how it goes. */
    public ImportJob start(Viewer viewer, String token) {
        ImportService.Upload upload = imports.upload(viewer, token);
        byte[] id = new byte[12];
        random.nextBytes(id);
        ImportJob job = new ImportJob(HexFormat.of().formatHex(id), upload.kind(), upload.fileName(), viewer.id(),
                clock.now());
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        runner.submit(() -> run(job, viewer, upload));
        return job;
    }

    private void run(ImportJob job, Viewer viewer, ImportService.Upload upload) {
        try {
            job.result = imports.apply(viewer, upload, job).counts();
            job.state = ImportJob.State.DONE;
        } catch (ApiProblem refused) {
            job.error = refused.reasons();
            job.state = ImportJob.State.REFUSED;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s of %s failed", job.id, job.fileName);
            job.error = "The import failed while writing and was rolled back; nothing was changed ("
                    + e.getClass().getSimpleName() + ")";
            job.state = ImportJob.State.FAILED;
        } finally {
            job.finishedAt = clock.now();
        }
    }

    /** A job, to an administrator or to whoever started it. */
    public ImportJob find(Viewer viewer, String id) {
        ImportJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || job.startedBy != viewer.id() && viewer.role() != org.huddleboard.access.Role.ADMIN) {
            throw ApiProblem.notFound("Import job " + id);
        }
        return job;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
