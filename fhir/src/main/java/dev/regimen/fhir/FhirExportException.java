package dev.regimen.fhir;

import java.util.Objects;

/**
 * A value that FHIR cannot carry, found while exporting: FHIR strings hold no control characters
 * other than tab, carriage return and line feed (R4, datatypes: string), so a protocol whose text
 * holds one cannot be written faithfully. The message names the element of the protocol, such as
 * {@code entries[0].exercise.name}, and the character.
 */
public final class FhirExportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where in the Regimen value, such as {@code entries[0].exercise.name}. */
  private final String path;

  /**
   * An export error.
   *
   * @param path where in the Regimen value
   * @param problem what FHIR cannot carry there
   * @throws NullPointerException if an argument is null
   */
  public FhirExportException(String path, String problem) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"));
    this.path = path;
  }

  /** {@return where in the Regimen value, such as {@code entries[0].exercise.name}} */
  public String path() {
    return path;
  }
}
