package org.huddleboard.retry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a write resource method: a request carrying an {@code Idempotency-Key} header is answered
 * once; a repeat with the same key from the same caller gets the first answer again and changes
 * nothing. See {@link IdempotencyInterceptor} and src/docs/offline-tablets.md.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
