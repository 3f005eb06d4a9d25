package org.huddleboard.access;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.huddleboard.common.TrustClock;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;

/** Sign-in for leads, managers, executives and admins. Devices never need it: they are paired. */
@Path("/")
@Blocking
public class SignInPage {

    @Inject
    SignInService signIn;
    @Inject
    TrustClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String username, String message);
    }

    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form() {
        return Templates.signIn("", null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign in with username and password; sets the session cookie")
    public Response submit(@FormParam("username") String username, @FormParam("password") String password,
            @Context HttpServerRequest request) {
        SignInService.Outcome outcome = signIn.signIn(username, password, ClientAddress.of(request));
        if (outcome instanceof SignInService.SignedIn ok) {
            return Response.seeOther(URI.create(ok.viewer().landingPage()))
                    .cookie(Cookies.session(request, ok.sessionToken())).build();
        }
        if (outcome instanceof SignInService.Throttled throttled) {
            // Worded for any name, real or not: it must not tell a guesser which names exist.
            String until = DateTimeFormatter.ofPattern("HH:mm").format(throttled.until().atZone(clock.zone()));
            long seconds = Math.max(1, Duration.between(clock.now(), throttled.until()).toSeconds());
            return Response.status(429).header("Retry-After", seconds).entity(Templates.signIn(username,
                    "Too many attempts with this username from this computer. Try again after " + until
                            + ", or from another computer."))
                    .build();
        }
        return Response.status(401).entity(Templates.signIn(username, "Username or password not recognised."))
                .build();
    }

    @POST
    @Path("sign-out")
    @Operation(summary = "Sign out; ends the session")
    public Response signOut(@CookieParam(CookieTokens.SESSION_COOKIE) String session,
            @Context HttpServerRequest request) {
        signIn.signOut(session);
        return Response.seeOther(URI.create("/pair")).cookie(Cookies.expired(request, CookieTokens.SESSION_COOKIE)).build();
    }
}
