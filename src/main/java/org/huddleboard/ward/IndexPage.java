package org.huddleboard.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The plain index: every CSU with its wards, each linking to its wall screen. */
@Path("/")
@Blocking
public class IndexPage {

    @ConfigProperty(name = "huddle.trust.name")
    String trustName;
    @ConfigProperty(name = "huddle.escalations.huddle-time")
    String trustHuddleTime;
    @Inject
    Access access;

    public record CsuWards(String code, String name, List<IndexWard> wards) {
    }

    /** huddleTime: the ward's own, or the trust's; canSetUp: an admin, or a lead of the ward. */
    public record IndexWard(String code, String name, boolean canUpdate, String huddleTime, boolean canSetUp) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String trustName, List<CsuWards> csus, Viewer viewer);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Object index() {
        Viewer viewer = access.viewer();
        if (viewer.isDevice()) {
            return Response.seeOther(URI.create(viewer.landingPage())).build();
        }
        Map<String, List<IndexWard>> byCsu = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (Ward w : Ward.listLiveWithCsu().stream().filter(viewer::canRead).toList()) {
            codes.put(w.csu.name, w.csu.code);
            byCsu.computeIfAbsent(w.csu.name, k -> new ArrayList<>())
                    .add(new IndexWard(w.code, w.name, viewer.canWrite(w),
                            w.huddleTime == null ? trustHuddleTime : WardSetupService.HHMM.format(w.huddleTime),
                            viewer.role() == org.huddleboard.access.Role.ADMIN
                                    || viewer.role() == org.huddleboard.access.Role.LEAD && viewer.canWrite(w)));
        }
        List<CsuWards> csus = byCsu.entrySet().stream().map(e -> new CsuWards(codes.get(e.getKey()), e.getKey(), e.getValue())).toList();
        return Templates.index(trustName, csus, viewer);
    }
}
