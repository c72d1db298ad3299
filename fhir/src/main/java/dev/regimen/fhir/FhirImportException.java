package dev.regimen.fhir;

import java.util.Objects;

/**
 * FHIR content that cannot be read as a Regimen protocol: malformed JSON or XML, a resource of the
 * wrong type, a required element missing, or values that break the model's rules. The message says
 * what is wrong and where, as a FHIRPath-like location such as {@code
 * PlanDefinition.action[1].extension[dosage].sets-min}.
 */
public final class FhirImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The location, such as {@code PlanDefinition.action[1]}. */
  private final String location;

  /** What is wrong there. */
  private final String problem;

  /**
   * An import error.
   *
   * @param location where, such as {@code PlanDefinition.action[1].title}
   * @param problem what is wrong, such as {@code is required}
   * @throws NullPointerException if an argument is null
   */
  public FhirImportException(String location, String problem) {
    this(location, problem, null);
  }

  /**
   * An import error with its cause.
   *
   * @param location where, such as {@code PlanDefinition.action[1].title}
   * @param problem what is wrong
   * @param cause what was thrown, or null
   * @throws NullPointerException if {@code location} or {@code problem} is null
   */
  public FhirImportException(String location, String problem, Throwable cause) {
    super(message(location, problem), cause);
    this.location = Objects.requireNonNull(location, "location");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String message(String location, String problem) {
    return location.isEmpty() ? problem : location + ": " + problem;
  }

  /** {@return where the problem is, such as {@code PlanDefinition.action[1].title}} */
  public String location() {
    return location;
  }

  /** {@return what is wrong there} */
  public String problem() {
    return problem;
  }

  /**
   * The same error, located inside {@code outer}.
   *
   * @param outer the location of the element this error's location is relative to
   * @return a new exception whose location is {@code outer.location}
   */
  FhirImportException within(String outer) {
    String inner = location.isEmpty() ? outer : outer + "." + location;
    FhirImportException e = new FhirImportException(inner, problem, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }
}
