package org.huddleboard.retry;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/** Documents the Idempotency-Key header on every operation marked {@link Idempotent}, so that one annotation does both. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyDoc implements OASFilter {

    private static final List<Class<?>> WRITES = List.of(POST.class, PUT.class, DELETE.class);

    private final IndexView index;

    public IdempotencyKeyDoc(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (AnnotationInstance marked : index.getAnnotations(DotName.createSimple(Idempotent.class))) {
            if (marked.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = marked.target().asMethod();
            PathItem item = openAPI.getPaths().getPathItem(pathOf(method));
            for (Class<?> verb : WRITES) {
                if (item != null && method.hasDeclaredAnnotation(DotName.createSimple(verb))) {
                    Operation operation = item.getOperations()
                            .get(PathItem.HttpMethod.valueOf(verb.getSimpleName().toUpperCase(Locale.ROOT)));
                    if (operation != null && (operation.getParameters() == null || operation.getParameters().stream()
                            .noneMatch(p -> IdempotencyInterceptor.HEADER.equals(p.getName())))) {
                        operation.addParameter(header());
                    }
                }
            }
        }
    }

    private static String pathOf(MethodInfo method) {
        AnnotationInstance type = method.declaringClass().declaredAnnotation(DotName.createSimple(Path.class));
        AnnotationInstance own = method.declaredAnnotation(DotName.createSimple(Path.class));
        String path = "/" + (type == null ? "" : type.value().asString()) + "/"
                + (own == null ? "" : own.value().asString());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Parameter header() {
        return OASFactory.createParameter().name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER)
                .required(false)
                .description("A key the client makes up for this change (8 to 100 letters, digits, '-' or '_') and "
                        + "sends again with every retry of it. A repeat gets the first answer again, with "
                        + "Idempotent-Replayed: true, and changes nothing; a repeat while the first is still being "
                        + "saved gets 409 with Retry-After. A refused request saves no key. Keys are kept 7 days.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(8).maxLength(100)
                        .pattern("^[A-Za-z0-9_-]+$"));
    }
}
