package org.huddleboard.ward;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.huddleboard.access.Access;
import org.huddleboard.access.Role;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;

import io.smallrye.common.annotation.Blocking;

@Path("/api/wards")
@Tag(name = "Wards")
@Blocking
public class WardResource {

    @Inject
    Access access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The wards the caller may see, with their code, name and clinical service unit")
    public List<WardView> list() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.DISPLAY) {
            throw ApiProblem.forbidden("A wall screen reads its own ward's board only");
        }
        return Ward.listWithCsu().stream().filter(viewer::canRead).map(WardView::of).toList();
    }
}
