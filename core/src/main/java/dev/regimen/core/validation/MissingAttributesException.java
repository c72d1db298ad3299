package dev.regimen.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a builder's {@code build()} when required attributes were never set: a {@link
 * ValidationException} with one violation per missing attribute, each {@code "<attribute>: is
 * required"}, all of them at once. The value's other rules are checked, and reported together, as
 * soon as every required attribute is set. Nothing is built when it is thrown.
 */
public class MissingAttributesException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The rule of a required attribute. */
  public static final String REQUIRED = "is required";

  /**
   * Creates the exception for the attributes that were not set.
   *
   * @param attributes the names of the required attributes that were not set, in the value's
   *     order; at least one
   * @throws IllegalArgumentException if there is none
   * @throws NullPointerException if a name is null
   */
  public MissingAttributesException(String... attributes) {
    super("value", violations(attributes));
  }

  private static List<Violation> violations(String... attributes) {
    Objects.requireNonNull(attributes, "attributes");
    List<Violation> violations = new ArrayList<>(attributes.length);
    for (String attribute : attributes) {
      violations.add(new Violation(Objects.requireNonNull(attribute, "attribute"), REQUIRED));
    }
    return violations;
  }
}
