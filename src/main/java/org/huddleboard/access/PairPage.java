package org.huddleboard.access;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;

/**
 * Where an unpaired screen or tablet lands. It shows a pairing code large enough to read
 * across a room and asks again every few seconds (pair.js; without script, a "Check again" link)
 * until a lead has paired it; then it stores its device cookie and goes to its board.
 */
@Path("/pair")
@Blocking
public class PairPage {

    static final String PAIRING_COOKIE = "hb_pairing";

    @Inject
    PairingService pairing;
    @Inject
    SecurityIdentity identity;

    /** How soon a screen that could not have a code asks again (Retry-After and the page's own check). */
    static final int RETRY_AFTER_SECONDS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pair(String code);

        static native TemplateInstance busy(boolean fromHere, int retryAfter);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@CookieParam(PAIRING_COOKIE) String claim,
            @CookieParam(CookieTokens.DEVICE_COOKIE) String device, @Context HttpServerRequest request) {
        Viewer viewer = Viewer.of(identity);
        if (viewer != null && viewer.isDevice()) {
            return Response.seeOther(URI.create(viewer.landingPage())).build();
        }
        Optional<PairingService.Collected> collected = pairing.collect(claim);
        if (collected.isPresent()) {
            return Response.seeOther(URI.create(collected.get().viewer().landingPage()))
                    .cookie(Cookies.device(request, collected.get().deviceToken()), Cookies.expired(request, PAIRING_COOKIE))
                    .build();
        }
        PairingService.Shown shown = pairing.waiting(claim, ClientAddress.of(request));
        Response.ResponseBuilder page;
        if (shown instanceof PairingService.Waiting waiting) {
            page = Response.ok(Templates.pair(spaced(waiting.code())))
                    .cookie(Cookies.pairing(request, waiting.claimToken()));
        } else {
            // A page for the screen to show and retry by itself, never JSON: this is what a TV displays.
            boolean fromHere = ((PairingService.Busy) shown).fromHere();
            page = Response.status(fromHere ? 429 : 503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).entity(Templates.busy(fromHere, RETRY_AFTER_SECONDS));
        }
        page.header("Cache-Control", "no-store");
        // A revoked or unknown device cookie is cleared, so the device starts afresh.
        if (viewer == null && device != null) {
            page.cookie(Cookies.expired(request, CookieTokens.DEVICE_COOKIE));
        }
        return page.build();
    }

    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
