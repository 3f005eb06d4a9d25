package org.huddleboard.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.common.ApiProblem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The admin's import page: choose what the file holds, upload it, read the dry run's report, apply
 * it and watch it go. Plain forms: everything but the live progress bar works without JavaScript.
 */
@Path("/setup/import")
@RolesAllowed({ Role.LEAD_ROLE, Role.ADMIN_ROLE })
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    /** Rows listed on the page: every rejected row, then others up to this many (the API lists all). */
    static final int LISTED = 500;

    @Inject
    ImportService imports;
    @Inject
    ImportJobs jobs;
    @Inject
    Access access;

    public record KindOption(String code, String label, String columns, String sample, boolean selected) {
    }

    public record Listed(List<RowReport> rows, int notListed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<KindOption> kinds, String error);

        static native TemplateInstance report(ImportReport report, String kindLabel, Listed listed);

        static native TemplateInstance job(ImportJobView job);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.upload(kinds("history"), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response dryRun(@RestForm("kind") String kind, @RestForm("file") FileUpload file) {
        String chosen = kind == null ? "history" : kind;
        try {
            ImportKind k = ImportKind.of(chosen).orElseThrow(() -> ApiProblem.invalid("kind",
                    "choose measure history, people or wards"));
            if (file == null || file.uploadedFile() == null) {
                throw ApiProblem.invalid("file", "is required: choose a CSV file");
            }
            ImportResource.requireUtf8(file.contentType() == null || file.charSet() == null ? null
                    : "text/csv; charset=" + file.charSet());
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            ImportReport report = imports.dryRun(access.viewer(), k, file.fileName(), bytes);
            return Response.ok(Templates.report(report, k.label, listed(report))).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.upload(kinds(chosen), refused.reasons()))
                    .build();
        } catch (IOException e) {
            return Response.status(400).entity(Templates.upload(kinds(chosen), "The file could not be read; upload"
                    + " it again")).build();
        }
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response apply(@FormParam("token") String token) {
        try {
            ImportJob job = jobs.start(access.viewer(), token);
            return Response.seeOther(URI.create("/setup/import/jobs/" + job.id)).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(Templates.upload(kinds("history"), refused.reasons()))
                    .build();
        }
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(hidden = true)
    public TemplateInstance job(@PathParam("id") String id) {
        return Templates.job(jobs.find(access.viewer(), id).view());
    }

    private static Listed listed(ImportReport report) {
        List<RowReport> rows = new ArrayList<>(report.lines());
        rows.sort(Comparator.comparing((RowReport r) -> r.outcome() != Outcome.REJECT).thenComparingLong(RowReport::line));
        int shown = Math.max(LISTED, report.rejected());
        return new Listed(rows.subList(0, Math.min(shown, rows.size())), Math.max(0, rows.size() - shown));
    }

    /** The kinds this viewer may import: a lead, measure history only. */
    List<KindOption> kinds(String chosen) {
        boolean admin = access.viewer().role() == Role.ADMIN;
        List<KindOption> options = new ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            if (!admin && k != ImportKind.HISTORY) {
                continue;
            }
            String columns = String.join(", ", k.required) + " (optional: " + String.join(", ", k.optional) + ")";
            options.add(new KindOption(k.code(), k.label, columns, sample(k), k.code().equals(chosen)));
        }
        return options;
    }

    static String sample(ImportKind kind) {
        return switch (kind) {
            case HISTORY -> "ward,measure,date,value,note,presentOnAdmission\n"
                    + "ward-12,falls,2026-03-02,1,\"Found on the floor, no injury\",no\n"
                    + "ward-12,hand-hygiene,2026-03-02,96,,\n";
            case PEOPLE -> "username,displayName,role,email,wards,csus\n"
                    + "sister.ward12,Ward 12 Sister,lead,,ward-12,\n"
                    + "medicine.manager,Medicine Manager,manager,medicine.manager@example.org,,medicine\n";
            case WARDS -> "code,name,csu,csuName,huddleTime,huddleMinutes\n"
                    + "ward-12,Ward 12 · Acute Medicine,medicine,Medicine,09:15,10\n"
                    + "ward-14,Ward 14 · Elderly Care,medicine,,,\n";
        };
    }
}
