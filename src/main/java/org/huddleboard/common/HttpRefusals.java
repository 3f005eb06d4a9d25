package org.huddleboard.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals made by the HTTP layer before Quarkus REST sees the request. Left alone, they
 * leave with a status and no body; here they say why, like every other refusal.
 */
@ApplicationScoped
public class HttpRefusals {

    /** Just before Quarkus's own size check (order -2), which answers with an empty 413. */
    private static final int BEFORE_SIZE_CHECK = -3;

    @Inject
    Refusals refusals;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void routes(@Observes Router router) {
        router.route().order(BEFORE_SIZE_CHECK).handler(this::refuseTooLarge);
        router.route().order(BEFORE_SIZE_CHECK).failureHandler(this::explainFailure);
    }

    private void refuseTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1; // Netty refuses a malformed length before we get here
        }
        if (announced > maxBodySize.asLongValue()) {
            HttpServerResponse response = context.response();
            // The body is not read; closing is the only way to be rid of it.
            response.headers().set(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
            answer(context, 413, "The request body is larger than the server takes (" + maxBodySize.asLongValue()
                    + " bytes)");
            return;
        }
        context.next();
    }

    /** A route that failed with a status only (no exception for a mapper to read). */
    private void explainFailure(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500 || context.failure() != null) {
            context.next();
            return;
        }
        answer(context, status, "The server refused this request");
    }

    private void answer(RoutingContext context, int status, String detail) {
        String path = context.normalizedPath();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, refusals.contentType(path))
                .end(refusals.body(path, Refusals.problem(status, detail)));
    }
}
