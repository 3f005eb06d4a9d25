package org.huddleboard.audit;

import org.huddleboard.common.Csv;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huddleboard.access.Role;
import org.huddleboard.common.Params;
import org.huddleboard.common.TrustClock;

/** Read-only: the audit trail has no API that edits or deletes it. */
@Path("/api/audit")
@Tag(name = "Audit trail")
@RolesAllowed(Role.ADMIN_ROLE)
@Transactional
public class AuditResource {

    static final int MAX_ROWS = 10_000;

    @Inject
    TrustClock clock;

    public record AuditLine(long id, Instant at, String actorKind, String actor, String typedName, String ward,
            String action, String subject, String before, String after) {

        static AuditLine of(AuditEvent e) {
            return new AuditLine(e.id, e.occurredAt, e.actorKind, e.actorName, e.typedName, e.wardCode, e.action,
                    e.subject, e.beforeValue, e.afterValue);
        }
    }

    @GET
    @Produces("application/json")
    @Operation(summary = "Browse the audit trail, newest first, by ward and trust-local dates (inclusive)")
    public List<AuditLine> browse(@QueryParam("ward") String ward, @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "500",
                    minimum = "1", maximum = "" + MAX_ROWS)) String limit) {
        return lines(ward, from, to, Params.integer("limit", limit, 500, 1, MAX_ROWS));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the audit trail as CSV, by ward and trust-local dates (inclusive)")
    public Response export(@QueryParam("ward") String ward, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        StringBuilder csv = new StringBuilder("id,at,actor_kind,actor,typed_name,ward,action,subject,before,after\r\n");
        for (AuditLine l : lines(ward, from, to, MAX_ROWS)) {
            Csv.row(csv, l.id(), l.at(), l.actorKind(), l.actor(), l.typedName(), l.ward(), l.action(), l.subject(),
                    l.before(), l.after());
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"huddle-board-audit.csv\"").build();
    }

    private List<AuditLine> lines(String ward, String from, String to, int limit) {
        LocalDate today = clock.today();
        LocalDate first = date("from", from, today.minusDays(30));
        LocalDate last = date("to", to, today);
        Instant start = first.atStartOfDay(clock.zone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        return AuditEvent.search(ward == null || ward.isBlank() ? null : ward, start, end, limit).stream()
                .map(AuditLine::of).toList();
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        return value == null || value.isBlank() ? otherwise : Params.date(field, value);
    }
}
