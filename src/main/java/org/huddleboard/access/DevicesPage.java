package org.huddleboard.access;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.huddleboard.common.ApiProblem;
import org.huddleboard.ward.Ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The lead's page for pairing, renaming and revoking the screens and tablets of their wards. */
@Path("/devices")
@RolesAllowed({ Role.LEAD_ROLE, Role.ADMIN_ROLE })
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DevicesPage {

    @Inject
    PairingService pairing;
    @Inject
    Access access;

    public record WardChoice(String code, String name) {
    }

    /** A paired device as the page shows it: its ward by name. */
    public record Shown(DeviceView device, String wardName) {
        public boolean display() {
            return "display".equals(device.role());
        }

        public String kind() {
            return display() ? "wall screen" : "ward tablet";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance devices(Viewer viewer, List<Shown> devices, List<WardChoice> wards,
                String message, String error);

        static native TemplateInstance revoke(Shown device);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return render(null, null);
    }

    @POST
    @Path("/pair")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response pair(@FormParam("code") String code, @FormParam("ward") String ward,
            @FormParam("role") String role, @FormParam("name") String name) {
        try {
            DeviceView device = pairing.pair(access.viewer(), code, ward, role, name);
            String wardName = Ward.findByCode(device.ward()).map(w -> w.name).orElse(device.ward());
            return Response.ok(render("Paired " + device.name() + " to " + wardName + ". It will show its "
                    + ("display".equals(device.role()) ? "board" : "ward's page") + " within a few seconds.", null))
                    .build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(null, refused.reasons())).build();
        }
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rename(@PathParam("id") long id, @FormParam("name") String name) {
        try {
            pairing.rename(access.viewer(), id, name);
            return Response.seeOther(URI.create("/devices")).build();
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(render(null, refused.reasons())).build();
        }
    }

    /** The second step before a revocation, so a slip of the finger cannot blank a ward's screen. */
    @GET
    @Path("/{id}/revoke")
    @Operation(hidden = true)
    public Response confirmRevoke(@PathParam("id") long id) {
        return shown(access.viewer()).stream().filter(d -> d.device().id() == id).findFirst()
                .map(d -> Response.ok(Templates.revoke(d)).build())
                .orElseGet(() -> Response.seeOther(URI.create("/devices")).build());
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id) {
        pairing.revoke(access.viewer(), id);
        return Response.seeOther(URI.create("/devices")).build();
    }

    private TemplateInstance render(String message, String error) {
        Viewer viewer = access.viewer();
        List<WardChoice> wards = Ward.listLiveWithCsu().stream().filter(viewer::canManageDevices)
                .map(w -> new WardChoice(w.code, w.name)).toList();
        return Templates.devices(viewer, shown(viewer), wards, message, error);
    }

    private List<Shown> shown(Viewer viewer) {
        Map<String, String> names = Ward.listWithCsu().stream().collect(Collectors.toMap(w -> w.code, w -> w.name));
        return pairing.list(viewer).stream().map(d -> new Shown(d, names.getOrDefault(d.ward(), d.ward()))).toList();
    }
}
