package org.huddleboard.rollup;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.access.Access;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The roll-up for a steering group: where to focus first (commitments with wards of concern),
 * then the heatmap, then idea flow, huddles and escalation themes. The heatmap follows entries
 * live: the page re-reads a ward's row when its board changes.
 */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RollupPage {

    @Inject
    RollupService rollups;
    @Inject
    Access access;

    public record CsuLink(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rollup(Rollup rollup, List<CsuLink> csus);

        static native TemplateInstance rollup$row(Rollup.WardRow w, String columns);
    }

    @GET
    @Path("/trust")
    @Operation(hidden = true)
    public TemplateInstance trust() {
        return page(null);
    }

    @GET
    @Path("/csus/{csu}")
    @Operation(hidden = true)
    public TemplateInstance csu(@PathParam("csu") String csu) {
        return page(csu);
    }

    @GET
    @Path("/rollup/rows/{ward}")
    @Operation(hidden = true)
    public TemplateInstance row(@PathParam("ward") String ward, @QueryParam("csu") String csu) {
        Rollup.LiveRow live = rollups.row(access.viewer(), ward, csu);
        return Templates.rollup$row(live.row(), live.columns());
    }

    private TemplateInstance page(String csu) {
        Rollup rollup = rollups.rollup(access.viewer(), csu);
        List<CsuLink> csus = rollup.wards().stream().map(w -> new CsuLink(w.csu(), w.csuName())).distinct()
                .toList();
        return Templates.rollup(rollup, csu == null ? csus : List.of());
    }

}
