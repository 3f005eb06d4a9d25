package org.huddleboard.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Role;
import org.huddleboard.common.Moments;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The admin's view of the audit trail: filter by ward and dates, export what is shown as CSV. */
@Path("/audit")
@RolesAllowed(Role.ADMIN_ROLE)
@Blocking
public class AuditPage {

    static final int SHOWN = 500;

    @Inject
    AuditResource audit;

    public record Filter(String ward, String from, String to) {
        public String query() {
            return "ward=" + encode(ward) + "&from=" + encode(from) + "&to=" + encode(to);
        }

        private static String encode(String value) {
            return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    public record WardChoice(String code, String name) {
    }

    /** A line as the page shows it: the ward by name, before and after as readable changes. */
    public record Line(AuditResource.AuditLine line, String wardName, List<AuditValues.Change> changes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Filter filter, List<WardChoice> wards, List<Line> lines);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("ward") String ward, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<WardChoice> wards = Ward.listWithCsu().stream().map(w -> new WardChoice(w.code, w.name))
                .sorted(Comparator.comparing(WardChoice::name)).toList();
        Map<String, String> names = wards.stream().collect(Collectors.toMap(WardChoice::code, WardChoice::name));
        List<Line> lines = audit.browse(ward, from, to, String.valueOf(SHOWN)).stream()
                .map(l -> new Line(l, l.ward() == null ? null : names.getOrDefault(l.ward(), l.ward()),
                        AuditValues.changes(Moments::words, l.before(), l.after())))
                .toList();
        return Templates.audit(new Filter(ward, from, to), wards, lines);
    }
}
