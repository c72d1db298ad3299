package dev.regimen.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.regimen.core.validation.MissingAttributesException;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type, applied in each model package's {@code
 * package-info.java}.
 *
 * <p>The generated {@code Immutable*} classes are package-private: users see only the abstract
 * types, their static factories and their nested {@code Builder}, which extends the generated
 * builder. Builders copy their input; nulls are rejected with the attribute named. A builder whose
 * required attributes were not all set throws a {@link
 * dev.regimen.core.validation.MissingAttributesException} (a {@link
 * dev.regimen.core.validation.ValidationException}) naming every one of them.
 *
 * <p>The generated classes carry no annotation of Immutables' ({@code allowedClasspathAnnotations}
 * allows only {@code Override}; otherwise every one would carry {@code @Generated(from = ...,
 * generator = ...)}): the annotations jar is not on a user's class path, and {@code javac
 * -Xlint:all} warned of every such annotation it could not read. The generated builders stay
 * public classes (nested in package-private ones): were they package-private, a method reference
 * such as {@code builder::build} compiled in another package would fail with {@code
 * IllegalAccessError}. Their methods appear in the Javadoc of each public {@code Builder} (see the
 * parent pom's maven-antrun-plugin).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = Override.class,
    throwForInvalidImmutableState = MissingAttributesException.class,
    defaults = @Value.Immutable(copy = false))
public @interface RegimenStyle {}
