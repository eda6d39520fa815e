package io.waybill.adapters.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that takes in warehouse or tracking events: a key with the {@code events} scope may call it, and a
 * key without that scope may not, whatever else it may do ({@link ScopeCheck}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventIntake {
}
