package org.huddleboard.imports;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.Params;

import io.smallrye.common.annotation.Blocking;

/** Bulk import from CSV: dry run, then apply as a job whose progress can be polled. See src/docs/importing.md. */
@Path("/api/imports")
@Tag(name = "Import")
@RolesAllowed({ Role.LEAD_ROLE, Role.ADMIN_ROLE })
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String CSV = "text/csv";

    @Inject
    ImportService imports;
    @Inject
    ImportJobs jobs;
    @Inject
    Access access;

    @POST
    @Path("/{kind}/dry-run")
    @Consumes(CSV)
    @Operation(summary = "Check a CSV file without changing anything",
            description = "kind: history, people or wards. The body is the file, UTF-8, with a header row naming"
                    + " the columns. Answers every row's outcome (create, change, unchanged, reject and why) and a"
                    + " token to apply this same file with.")
    @RequestBody(required = true, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The dry run's report")
    @APIResponse(responseCode = "400", description = "Not UTF-8, not CSV, or a header row without the columns")
    @APIResponse(responseCode = "403", description = "Not an administrator (a lead may import measure history only)")
    @APIResponse(responseCode = "404", description = "Unknown kind")
    @APIResponse(responseCode = "413", description = "Larger than the server takes")
    public ImportReport dryRun(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportKind k = ImportKind.of(kind).orElseThrow(() -> ApiProblem.notFound("Import kind " + kind
                + " (history, people or wards)"));
        requireUtf8(contentType);
        return imports.dryRun(access.viewer(), k, fileName, body == null ? new byte[0] : body);
    }

    @POST
    @Path("/jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a file a dry run checked",
            description = "Runs as a job: checks the file again against the data as it is now and writes it in one"
                    + " transaction, all or nothing. Poll the Location for progress.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    @APIResponse(responseCode = "400", description = "No token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No dry run with that token (kept for an hour)")
    @APIResponse(responseCode = "409", description = "The dry run rejected rows of this file: none of it is applied")
    public Response apply(ApplyRequest request) {
        String token = Params.body(request).token();
        if (token == null || token.isBlank()) {
            throw ApiProblem.invalid("token", "is required: the token of the dry run's report");
        }
        ImportJob job = jobs.start(access.viewer(), token);
        return Response.accepted(job.view()).location(URI.create("/api/imports/jobs/" + job.id)).build();
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "An import job's progress and result")
    @APIResponse(responseCode = "200", description = "State, rows done of total, result")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJobView job(@PathParam("id") String id) {
        return jobs.find(access.viewer(), id).view();
    }

    /** A CSV upload is UTF-8; any other charset named is refused rather than guessed at. */
    static void requireUtf8(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                throw new ApiProblem(415, "Unsupported Media Type", "Send the file as UTF-8 (" + p
                        + " is not accepted); in a spreadsheet, save as \"CSV UTF-8\"", null, null);
            }
        }
    }
}
