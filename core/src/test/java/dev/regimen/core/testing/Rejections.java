package dev.regimen.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Captures what a rejected build reports, for assertions on the exact violations. */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code build} throws a {@link ValidationException} and returns it.
   *
   * @param build builds a value that must be rejected, such as {@code () ->
   *     Repetitions.between(5, 3)}
   * @return the exception thrown
   */
  public static ValidationException rejectionOf(Supplier<?> build) {
    AtomicReference<ValidationException> thrown = new AtomicReference<>();
    assertThatThrownBy(build::get)
        .isInstanceOfSatisfying(ValidationException.class, thrown::set);
    return thrown.get();
  }

  /**
   * Asserts that {@code build} throws a {@link ValidationException} and returns its violations.
   *
   * @param build builds a value that must be rejected
   * @return the violations reported, in order
   */
  public static List<Violation> violationsOf(Supplier<?> build) {
    return rejectionOf(build).problems();
  }

  /**
   * Asserts that {@code build} throws a {@link ValidationException} and returns the paths of its
   * violations.
   *
   * @param build builds a value that must be rejected
   * @return the paths reported, in order
   */
  public static List<String> pathsOf(Runnable build) {
    return violationsOf(() -> {
          build.run();
          return null;
        })
        .stream()
        .map(Violation::path)
        .collect(Collectors.toList());
  }

  /**
   * Asserts that {@code build} throws a {@link ValidationException} and returns its message.
   *
   * @param build builds a value that must be rejected
   * @return the exception's message
   */
  public static String messageOf(Runnable build) {
    return rejectionOf(() -> {
          build.run();
          return null;
        })
        .getMessage();
  }
}
