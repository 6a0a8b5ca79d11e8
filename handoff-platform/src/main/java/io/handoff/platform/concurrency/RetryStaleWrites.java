package io.handoff.platform.concurrency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a reactive transactional method again, in a fresh session, when its write lost an optimistic-lock race
 * (a Kafka consumer updated the same contact a moment earlier): the caller gets the result on fresh data
 * instead of a 409 it could do nothing about but repeat. Put it beside {@code @WithTransaction}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryStaleWrites {
}
