package org.huddleboard.retry;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.huddleboard.access.Access;
import org.huddleboard.access.Viewer;
import org.huddleboard.common.ApiProblem;
import org.huddleboard.common.TrustClock;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a write sent with an {@code Idempotency-Key} once. The key is claimed (a row inserted
 * and flushed) in the same transaction as the change and the answer is written to that row before
 * it commits: so either both the change and its answer are saved, or neither is. A repeat after the
 * commit finds the answer and gets it again; a repeat while the first is still running is stopped
 * by the unique (caller, key) constraint and told to try again; a refusal rolls the claim back, so
 * a retry is judged afresh.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String BOARD_VERSION = "X-Board-Version";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    @Inject
    HttpServerRequest request;
    @Inject
    Access access;
    @Inject
    ObjectMapper json;
    @Inject
    TrustClock clock;

    @AroundInvoke
    Object once(InvocationContext context) throws Exception {
        List<String> keys = request.headers().getAll(HEADER);
        if (keys.isEmpty()) {
            return context.proceed();
        }
        if (keys.size() > 1 || !KEY.matcher(keys.get(0)).matches()) {
            throw ApiProblem.invalid(HEADER, "must be one value of 8 to 100 letters, digits, '-' or '_'");
        }
        String key = keys.get(0);
        String caller = callerOf(access.viewer());
        String method = request.method().name();
        String path = request.path();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<IdempotentRequest> earlier = IdempotentRequest.find(caller, key);
            if (earlier.isPresent()) {
                throw replayOf(earlier.get(), method, path);
            }
            IdempotentRequest claim = claim(caller, key, method, path);
            Object result = context.proceed();
            record(claim, context.getMethod(), result);
            // Surfaces a stale write here, as itself, rather than as a failed commit.
            IdempotentRequest.getEntityManager().flush();
            return result;
        });
    }

    private static String callerOf(Viewer viewer) {
        return viewer.kind().name() + ":" + viewer.id();
    }

    private static RuntimeException replayOf(IdempotentRequest earlier, String method, String path) {
        if (!earlier.method.equals(method) || !earlier.path.equals(path)) {
            return ApiProblem.invalid(HEADER, "was already used for a different change (" + earlier.method + " "
                    + earlier.path + "); send a new key with each change");
        }
        return new Replay(earlier);
    }

    private IdempotentRequest claim(String caller, String key, String method, String path) {
        IdempotentRequest claim = new IdempotentRequest();
        claim.caller = caller;
        claim.key = key;
        claim.method = method;
        claim.path = path.length() > 1000 ? path.substring(0, 1000) : path;
        claim.createdAt = clock.now();
        try {
            claim.persistAndFlush();
        } catch (PersistenceException e) {
            // The same key, uncommitted or just committed, in another transaction.
            throw new StillSaving();
        }
        return claim;
    }

    private void record(IdempotentRequest claim, Method method, Object result) throws JsonProcessingException {
        Object entity = result;
        if (result instanceof Response response) {
            claim.status = response.getStatus();
            entity = response.getEntity();
            claim.location = response.getHeaderString(HttpHeaders.LOCATION);
            claim.boardVersion = response.getHeaderString(BOARD_VERSION);
        } else {
            ResponseStatus declared = method.getAnnotation(ResponseStatus.class);
            claim.status = declared != null ? declared.value() : result == null ? 204 : 200;
        }
        String body = entity == null ? null : json.writeValueAsString(entity);
        claim.body = body != null && body.length() <= IdempotentRequest.MAX_BODY ? body : null;
    }
}
