package dev.regimen.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type, applied in each model package's {@code
 * package-info.java}.
 *
 * <p>The generated {@code Immutable*} classes are package-private: users see only the abstract
 * types, their static factories and their nested {@code Builder}, which extends the generated
 * builder. Builders copy their input; nulls are rejected with the attribute named.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface RegimenStyle {}
