package org.huddleboard.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The one place that decides how a refusal reads: problem JSON (RFC 9457) on the API and the
 * live socket, a readable page everywhere else. Used by the REST exception mappers and by the
 * HTTP layer below them (sign-in challenge, body too large).
 */
@ApplicationScoped
public class Refusals {

    public static final String HTML = "text/html;charset=UTF-8";

    @Inject
    ObjectMapper json;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Problem problem);
    }

    /** Requests from programs: the API and the live socket's handshake. */
    public static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/ws/"));
    }

    public static Problem problem(int status, String detail) {
        HttpResponseStatus known = HttpResponseStatus.valueOf(status);
        return new Problem("about:blank", known.reasonPhrase(), status, detail, null, null);
    }

    public String contentType(String path) {
        return isApi(path) ? Problem.MEDIA_TYPE : HTML;
    }

    public String body(String path, Problem problem) {
        return isApi(path) ? json(problem) : Templates.page(problem).render();
    }

    String json(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be written", e);
        }
    }
}
