package org.huddleboard.ward;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

@Path("/api/wards")
@Tag(name = "Wards")
@Blocking
public class WardResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All wards, with their code, name and clinical service unit")
    public List<WardView> list() {
        return Ward.listWithCsu().stream().map(WardView::of).toList();
    }
}
